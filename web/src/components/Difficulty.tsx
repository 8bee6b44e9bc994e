/** A problem's difficulty, 1 (easiest) to 5, as five pips with the number for screen readers. */
export function Difficulty({ level }: { level: number }) {
  return (
    <span className="difficulty" title={`Difficulty ${level} of 5`}>
      <span className="visually-hidden">Difficulty {level} of 5</span>
      {[1, 2, 3, 4, 5].map((pip) => (
        <span key={pip} aria-hidden="true" className={pip <= level ? 'pip pip-on' : 'pip'} />
      ))}
    </span>
  );
}
