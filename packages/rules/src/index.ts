/** @titraille/rules: knowledge — the French language pack, audit rules, presets. */
export * as fr from './fr/index.js'
export * as audit from './audit/index.js'
export * as presets from './presets/index.js'
