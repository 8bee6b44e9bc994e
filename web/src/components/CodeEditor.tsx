/**
 * The code editor (CodeMirror 6) with syntax highlighting for the judge's languages. Language
 * support is loaded with the editor, which is itself split out of the main bundle by the page.
 * @see https://codemirror.net/docs/
 */
import { cpp } from '@codemirror/lang-cpp';
import { java } from '@codemirror/lang-java';
import { javascript } from '@codemirror/lang-javascript';
import { python } from '@codemirror/lang-python';
import CodeMirror, { EditorView, type Extension } from '@uiw/react-codemirror';
import { useMemo } from 'react';

/** Keyed by the judge's language ids; an unknown language is edited as plain text. */
const languageSupport: Record<string, () => Extension> = {
  python: () => python(),
  javascript: () => javascript(),
  typescript: () => javascript({ typescript: true }),
  c: () => cpp(),
  cpp: () => cpp(),
  java: () => java(),
};

interface CodeEditorProps {
  language: string;
  value: string;
  onChange: (value: string) => void;
  /** Names the editor for screen readers, e.g. "Your solution in Python 3". */
  label: string;
}

export default function CodeEditor({ language, value, onChange, label }: CodeEditorProps) {
  const extensions = useMemo(() => {
    const support = languageSupport[language];
    // The label goes on the editable element itself, which is what screen readers focus.
    const named = EditorView.contentAttributes.of({ 'aria-label': label });
    return support === undefined ? [named] : [named, support()];
  }, [language, label]);
  return (
    <div className="code-editor">
      <CodeMirror
        value={value}
        onChange={onChange}
        extensions={extensions}
        minHeight="320px"
        maxHeight="70vh"
        basicSetup={{ tabSize: 4 }}
      />
    </div>
  );
}
