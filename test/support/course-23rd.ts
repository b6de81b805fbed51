// The embed fields of the answer to `/course 23rd` on the bundled knowledge: one statement of it for the
// tests that check a real Discord reply (commands, shards), so a change to that answer is made once.
export const COURSE_23RD_FIELDS = [
  { name: "Series", value: "UNCAC Training Programme [2]", inline: true },
  { name: "Theme", value: "Tackling Emerging Threats of Corruption in the Borderless and Digitalized World [1]", inline: false },
  { name: "Period", value: "September to October 2021 [1]", inline: true },
  { name: "Format", value: "Online [1]", inline: true },
  { name: "Series organiser", value: "UNAFEI [3]", inline: true },
  { name: "Held since", value: "1998 [2]", inline: true },
  { name: "Frequency", value: "annual [2]", inline: true },
];
