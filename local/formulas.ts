// Evaluates the formulas the template writes (=DVHT_LEVEL(…), with literals, references and named ranges) by calling
// the bundle's custom functions with arguments shaped exactly as Sheets passes them.

/** How the evaluator reaches cells and functions; the runtime supplies it. */
export interface FormulaHost {
  /** Values of a range: `sheet` null means the formula's own sheet; `a1` like "A1", "$G$2:$G$1001". */
  readRange(sheet: string | null, a1: string): unknown[][];
  /** A named range's sheet and A1, or undefined. */
  namedRange(name: string): { sheet: string; a1: string } | undefined;
  /** The custom function of that name (a global of the bundle), or undefined. */
  customFunction(name: string): ((...args: unknown[]) => unknown) | undefined;
}

type Node =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'ref'; sheet: string | null; a1: string }
  | { kind: 'name'; name: string }
  | { kind: 'call'; name: string; args: Node[] }
  /** An array literal {a, b; c, d}: ";" separates rows, "," columns. */
  | { kind: 'array'; rows: Node[][] };

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Node {
    this.skip();
    if (this.s[this.i] === '=') this.i++;
    const node = this.expr();
    this.skip();
    if (this.i < this.s.length) throw new Error(`Unexpected "${this.s.slice(this.i)}" in formula`);
    return node;
  }

  private skip(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
  }

  private expr(): Node {
    this.skip();
    const c = this.s[this.i];
    if (c === '"') return this.string();
    if (c === '{') return this.array();
    if (c === "'") return this.ref(this.quotedSheet());
    const num = /^-?\d+(\.\d+)?/.exec(this.s.slice(this.i));
    if (num && !/^[A-Za-z$]/.test(this.s.slice(this.i))) {
      this.i += num[0].length;
      return { kind: 'number', value: Number(num[0]) };
    }
    const word = /^[A-Za-z_$][A-Za-z0-9_$.]*/.exec(this.s.slice(this.i));
    if (!word) throw new Error(`Cannot read formula at "${this.s.slice(this.i)}"`);
    this.i += word[0].length;
    this.skip();
    if (this.s[this.i] === '(') return this.call(word[0]);
    if (this.s[this.i] === '!') {
      this.i++;
      return this.ref(word[0]);
    }
    if (/^(TRUE|FALSE)$/i.test(word[0])) return { kind: 'boolean', value: word[0].toUpperCase() === 'TRUE' };
    if (/^\$?[A-Za-z]{1,3}\$?\d+$/.test(word[0])) return this.rangeTail(null, word[0]);
    return { kind: 'name', name: word[0] };
  }

  private array(): Node {
    this.i++;
    const rows: Node[][] = [[]];
    for (;;) {
      rows[rows.length - 1].push(this.expr());
      this.skip();
      const c = this.s[this.i++];
      if (c === '}') return { kind: 'array', rows };
      if (c === ';') rows.push([]);
      else if (c !== ',') throw new Error('Expected , ; or } in an array literal');
    }
  }

  private string(): Node {
    let out = '';
    this.i++;
    while (this.i < this.s.length) {
      const c = this.s[this.i++];
      if (c === '"') {
        if (this.s[this.i] === '"') {
          out += '"';
          this.i++;
        } else return { kind: 'string', value: out };
      } else out += c;
    }
    throw new Error('Unterminated string in formula');
  }

  private quotedSheet(): string {
    let out = '';
    this.i++;
    while (this.i < this.s.length) {
      const c = this.s[this.i++];
      if (c === "'") {
        if (this.s[this.i] === "'") {
          out += "'";
          this.i++;
        } else break;
      } else out += c;
    }
    if (this.s[this.i] !== '!') throw new Error('Expected ! after a quoted sheet name');
    this.i++;
    return out;
  }

  private ref(sheet: string): Node {
    // A whole row ("'Thành viên'!$1:$1"): every column of the sheet.
    const rows = /^\$?\d+:\$?\d+/.exec(this.s.slice(this.i));
    if (rows) {
      this.i += rows[0].length;
      return { kind: 'ref', sheet, a1: rows[0].replace(/\$/g, '') };
    }
    const cell = /^\$?[A-Za-z]{1,3}\$?\d+/.exec(this.s.slice(this.i));
    if (!cell) throw new Error(`Expected a cell reference after ${sheet}!`);
    this.i += cell[0].length;
    return this.rangeTail(sheet, cell[0]);
  }

  private rangeTail(sheet: string | null, start: string): Node {
    if (this.s[this.i] === ':') {
      // "G1:G20", or "G1:G" open at the bottom (to the sheet's last row, as in Sheets).
      const end = /^:\$?[A-Za-z]{1,3}(\$?\d+)?(?![A-Za-z0-9_(])/.exec(this.s.slice(this.i));
      if (end) {
        this.i += end[0].length;
        return { kind: 'ref', sheet, a1: (start + end[0]).replace(/\$/g, '') };
      }
    }
    return { kind: 'ref', sheet, a1: start.replace(/\$/g, '') };
  }

  private call(name: string): Node {
    this.i++;
    const args: Node[] = [];
    this.skip();
    if (this.s[this.i] === ')') {
      this.i++;
      return { kind: 'call', name, args };
    }
    for (;;) {
      args.push(this.expr());
      this.skip();
      const c = this.s[this.i++];
      if (c === ')') return { kind: 'call', name, args };
      if (c !== ',' && c !== ';') throw new Error(`Expected , or ) in call of ${name}`);
    }
  }
}

export function parseFormula(formula: string): Node {
  return new Parser(formula).parse();
}

/** A single cell is passed as its value, a larger range as a 2D array: as Sheets calls custom functions. */
function shape(values: unknown[][]): unknown {
  return values.length === 1 && values[0].length === 1 ? values[0][0] : values;
}

function evaluateNode(node: Node, host: FormulaHost): unknown {
  switch (node.kind) {
    case 'string': case 'number': case 'boolean':
      return node.value;
    case 'ref':
      return shape(host.readRange(node.sheet, node.a1));
    case 'name': {
      const named = host.namedRange(node.name);
      if (!named) throw new Error(`#NAME? ${node.name}`);
      return shape(host.readRange(named.sheet, named.a1));
    }
    case 'array':
      return node.rows.map((r) => r.map((x) => evaluateNode(x, host)));
    case 'call': {
      const fn = host.customFunction(node.name);
      if (!fn) throw new Error(`#NAME? Unknown function ${node.name}`);
      return fn(...node.args.map((a) => evaluateNode(a, host)));
    }
  }
}

export function evaluateFormula(formula: string, host: FormulaHost): unknown {
  return evaluateNode(parseFormula(formula), host);
}
