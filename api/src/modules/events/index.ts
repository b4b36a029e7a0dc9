// What other modules use of events; the schema part is events.module.ts.
export { calendarRoutes } from './calendar.ts';
export { today } from './event-times.ts';
export { eventsByIds, findEventById, findEventBySlug, setAttendance } from './events.repository.ts';
