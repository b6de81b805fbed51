// Catalogue values as the reader sees them in a fact.
import type { Format, Participants, Period } from "../knowledge/types.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function month(n: number | undefined): string | undefined {
  return n && n >= 1 && n <= 12 ? MONTHS[n - 1] : undefined;
}

/** "September to October 2021", "December 2021", "18–20 November 2014", "10 January to 8 February 2019";
 *  the period as written when it has no month. */
export function formatPeriod(period: Period): string {
  const start = month(period.startMonth);
  const end = month(period.endMonth) ?? start;
  const year = period.year ? ` ${period.year}` : "";
  const day = (d: number | undefined): string => (d ? `${d} ` : "");
  // "until 19 November 2024": an end with no start written.
  if (!start && period.endMonth !== undefined && end) return `until ${day(period.endDay)}${end}${year}`;
  // "from 9 October 2019": a start with no end written ("opened on 9 October 2019").
  if (start && period.endMonth === undefined && period.startDay !== undefined) return `from ${day(period.startDay)}${start}${year}`;
  if (!start || !end) return period.text || (period.year ? String(period.year) : "");
  if (start === end) {
    const days = period.startDay && period.endDay && period.endDay !== period.startDay ? `${period.startDay}–${period.endDay} ` : day(period.startDay);
    return `${days}${start}${year}`;
  }
  // Over New Year the year is the start's ("from 28 November 2019 to 5 February 2020"): say both.
  const overNewYear = period.startMonth !== undefined && period.endMonth !== undefined && period.startMonth > period.endMonth;
  if (period.year && overNewYear) return `${day(period.startDay)}${start} ${period.year} to ${day(period.endDay)}${end} ${period.year + 1}`;
  return `${day(period.startDay)}${start} to ${day(period.endDay)}${end}${year}`;
}

/** "Online", "In person, Kuala Lumpur, Malaysia", "Hybrid, Tokyo". */
export function formatFormat(format: Format): string {
  const mode = format.mode.charAt(0).toUpperCase() + format.mode.slice(1);
  return format.place ? `${mode}, ${format.place}` : mode;
}

/** "18 criminal justice practitioners from 10 countries", "25 participants", "from 11 countries". */
export function formatParticipants(participants: Participants): string {
  const who = participants.count !== undefined ? `${participants.count} ${participants.description ?? "participants"}` : (participants.description ?? "");
  const from = participants.countryCount !== undefined ? `from ${participants.countryCount} ${participants.countryCount === 1 ? "country" : "countries"}` : "";
  return [who, from].filter(Boolean).join(" ");
}
