/** One word of a text: where it is (UTF-16 offsets into the text given) and the term it stands for. */
export interface TokenSpan {
  /** Offset of the word's first code unit. */
  start: number;
  /** Offset just past the word's last code unit. */
  end: number;
  /** The term the word stands for: Thai as written, other words lower-cased, digits Arabic, English stemmed. */
  term: string;
}
