/** @titraille/rules: knowledge — the French language pack, audit rules, presets. */
export * as fr from './fr/index.js'
