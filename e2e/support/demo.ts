/** The demo school's accounts, created by the server on first start (server/src/services/demo). */
export const SENDCO = { name: 'Priya Shah', email: 'sendco@oakfield.example', password: 'oakfield-sendco' };
export const TEACHER = { name: 'Tom Hughes', email: 'teacher@oakfield.example', password: 'oakfield-teacher' };
export const ASSISTANT = { name: 'Aisha Rahman', email: 'ta@oakfield.example', password: 'oakfield-assistant' };
