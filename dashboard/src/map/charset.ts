// deck.gl's TextLayer draws only the characters of its font atlas, ASCII by default; any other
// letter is silently skipped, which would turn "Phường Hoàn Kiếm" into "Phng Hon Kim".

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
/** No mark, grave, acute, hook above, tilde, dot below: the five tones plus the level one. */
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/**
 * Printable ASCII plus every Vietnamese letter, in both cases, precomposed (NFC).
 * @example vietnameseCharacterSet().includes('ế') // true
 */
export function vietnameseCharacterSet(): string[] {
  const chars = new Set<string>();
  for (let code = 32; code < 127; code++) chars.add(String.fromCharCode(code));
  for (const vowel of VOWELS) {
    for (const tone of TONES) {
      const letter = (vowel + tone).normalize('NFC');
      chars.add(letter);
      chars.add(letter.toUpperCase());
    }
  }
  for (const extra of ['đ', 'Đ', '–', '’', '…']) chars.add(extra);
  return [...chars];
}
