# Mistake: onRoll asks only whether the path exists, with no end-of-callsign mark, so a prefix of an
# enlisted callsign looks enlisted. Caught by sample/1 (onRoll("kes") after "kestrel" must be false).
class Node:
    __slots__ = ("children", "below", "ends")

    def __init__(self):
        self.children = {}
        self.below = 0  # callsigns in this subtree (this node's prefix starts them all)
        self.ends = False


class RadioRoll:
    """A trie whose nodes count the callsigns below them: each call walks one callsign, O(length)."""

    def __init__(self) -> None:
        self.root = Node()

    def _find(self, text):
        node = self.root
        for letter in text:
            node = node.children.get(letter)
            if node is None:
                return None
        return node

    def enlist(self, callsign: str) -> None:
        if self.onRoll(callsign):
            return  # already on the roll: counting it again would count it twice
        node = self.root
        node.below += 1
        for letter in callsign:
            node = node.children.setdefault(letter, Node())
            node.below += 1
        node.ends = True

    def onRoll(self, callsign: str) -> bool:
        node = self._find(callsign)
        return node is not None

    def countStarting(self, prefix: str) -> int:
        node = self._find(prefix)
        return 0 if node is None else node.below
