/** "Kelompok Smart Governance" as "Smart Governance" in a row of chips (the full name stays for screen readers and tooltips). */
export const shortGroupName = (name: string): string => name.replace(/^kelompok\s+/i, '') || name;
