/** Dutch calendar law: public holidays (Algemene termijnenwet) and when a message is received. */
export * from './holidays';
export * from './receipt';
