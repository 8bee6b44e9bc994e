// Two stacks with BigInt values: numbers up to 10^18 are not exact as doubles. BigInt division
// truncates toward zero, as the statement asks.
const s = require("fs").readFileSync(0, "utf8").trim();
const PREC = { "+": 1, "-": 1, "*": 2, "/": 2, u: 3 };
const values = [];
const ops = [];
const apply = (op) => {
  if (op === "u") {
    values.push(-values.pop());
    return;
  }
  const b = values.pop();
  const a = values.pop();
  values.push(op === "+" ? a + b : op === "-" ? a - b : op === "*" ? a * b : a / b);
};
let expectOperand = true;
for (let i = 0; i < s.length; ) {
  const c = s[i];
  if (c >= "0" && c <= "9") {
    let j = i;
    while (j < s.length && s[j] >= "0" && s[j] <= "9") j++;
    values.push(BigInt(s.slice(i, j)));
    i = j;
    expectOperand = false;
    continue;
  }
  if (c === "(") {
    ops.push(c);
    expectOperand = true;
  } else if (c === ")") {
    while (ops[ops.length - 1] !== "(") apply(ops.pop());
    ops.pop();
    expectOperand = false;
  } else if (c === "-" && expectOperand) {
    ops.push("u");
  } else {
    while (ops.length && ops[ops.length - 1] !== "(" && PREC[ops[ops.length - 1]] >= PREC[c]) apply(ops.pop());
    ops.push(c);
    expectOperand = true;
  }
  i++;
}
while (ops.length) apply(ops.pop());
console.log(values[0].toString());
