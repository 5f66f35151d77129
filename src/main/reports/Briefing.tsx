export { Briefing } from './briefing/Briefing';
