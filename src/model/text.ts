// A text in both languages, and a catalog of them by message id (registered in i18n/).
export interface Text {
  en: string;
  zh: string;
}
export type Messages = Record<string, Text>;
