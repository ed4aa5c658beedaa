/**
 * The dictionary of equivalent spellings (`<gen>/dictionary.bin`): abbreviations and their full forms, variant
 * spellings, Thai and Latin forms of one loanword. Each entry is a list of forms, each form already cut into terms
 * by the tokenizer the index was built with, so a query's terms are compared to them as they are.
 */
export type DictionaryForms = string[][][];

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The dictionary file before gzip: JSON, one array per entry, each form's terms joined by a space (no term holds
 * one). Forms that cut to the same terms are kept once, and entries left with fewer than two forms are dropped.
 * @example new TextDecoder().decode(encodeDictionary([[['ธนาคาร', 'แห่ง', 'ประเทศ', 'ไทย'], ['ธปท']]])) // '[["ธนาคาร แห่ง ประเทศ ไทย","ธปท"]]'
 */
export function encodeDictionary(entries: DictionaryForms): Uint8Array {
  const kept = entries
    .map((forms) => [...new Set(forms.filter((terms) => terms.length).map((terms) => terms.join(' ')))])
    .filter((forms) => forms.length > 1);
  return encoder.encode(JSON.stringify(kept));
}

/** The entries `encodeDictionary` wrote. */
export function decodeDictionary(data: Uint8Array): DictionaryForms {
  return (JSON.parse(decoder.decode(data)) as string[][]).map((forms) => forms.map((form) => form.split(' ')));
}
