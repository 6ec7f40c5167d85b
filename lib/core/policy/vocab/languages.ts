// Function words that tell the languages of the reader apart, to run each
// language's purpose phrases only over that language's sentences. Words
// shared by two languages count for both. Normalised (diacritics stripped).
import type { Lang } from './categories.ts';

export const FUNCTION_WORDS: Record<Lang, string[]> = {
  en: 'the and of to we you your our is are with for this that these those be by or it as from which when how in on a an'.split(
    ' ',
  ),
  fr: 'le la les des du et vous nous est sont pour dans une votre vos nos sur avec ce cette qui ou aux leur de en un ces cet notre leurs au ne pas par sans chaque'.split(
    ' ',
  ),
  de: 'der die das und sie wir ist sind mit fur auf den dem ein eine nicht zu von ihre unsere oder werden wird im in diese dieser dieses diesen unser unserer unserem unseren ihr ihrer ihren ihrem auch wenn kann konnen uns zur zum durch uber'.split(
    ' ',
  ),
  es: 'el los las del y que por para con una su sus es son se nuestro nuestra como o al de la en lo un estas estos este esta nuestros nuestras usted cuando pero hay'.split(
    ' ',
  ),
  it: 'il lo gli della delle dei del e che per con una sono sul nel questo questa non di ai alla la le un in questi queste quelli quelle dai dalla dalle degli negli nei sui sulla sulle tuo tua tuoi tue vostro vostra vostri loro anche ed essere viene vengono puo altri altre ogni'.split(
    ' ',
  ),
  nl: 'de het een en van wij uw zijn voor met niet op dat deze worden om onze je jouw bij in is dit als ook kunnen wordt te hoe welke'.split(
    ' ',
  ),
  pt: 'o os as do da dos das e que para com uma nao sao seu sua nosso nossa no na em ao pelo pela de a um estes estas este esta seus suas nossos nossas voce pelos pelas'.split(
    ' ',
  ),
};
