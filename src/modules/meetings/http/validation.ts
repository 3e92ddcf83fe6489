/** An ISO 8601 timestamp that names its zone ("Z" or "+01:00"): a bare local time would be ambiguous. */
export const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A calendar date, YYYY-MM-DD. */
export const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
