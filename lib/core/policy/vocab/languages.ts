// Function words that tell the languages of the reader apart, to run each
// language's purpose phrases only over that language's sentences. Words
// shared by two languages count for both. Normalised (diacritics stripped).
import type { Lang } from './categories.ts';

export const FUNCTION_WORDS: Record<Lang, string[]> = {
  en: 'the and of to we you your our is are with for this that these those be by or it as from which when how in on a an'.split(
    ' ',
  ),
  fr: 'le la les des du et vous nous est sont pour dans une votre vos nos sur avec ce cette qui ou aux leur de en un'.split(
    ' ',
  ),
  de: 'der die das und sie wir ist sind mit fur auf den dem ein eine nicht zu von ihre unsere oder werden wird im in'.split(
    ' ',
  ),
  es: 'el los las del y que por para con una su sus es son se nuestro nuestra como o al de la en lo un'.split(
    ' ',
  ),
  it: 'il lo gli della delle dei del e che per con una sono sul nel questo questa non di ai alla la le un in'.split(
    ' ',
  ),
  nl: 'de het een en van wij uw zijn voor met niet op dat deze worden om onze je jouw bij in is'.split(
    ' ',
  ),
  pt: 'o os as do da dos das e que para com uma nao sao seu sua nosso nossa no na em ao pelo pela de a um'.split(
    ' ',
  ),
};
