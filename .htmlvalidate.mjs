// html-validate over every page in dist/ (test/quality/html.test.ts). Each rule changed
// from the recommended preset says why on its line.
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Headlines may be 110 characters (the article schema's limit); <title> adds " | Gigawatt".
    'long-title': ['error', { maxlength: 125 }],
  },
};
