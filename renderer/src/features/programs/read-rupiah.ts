import { RupiahSchema } from '../../../../shared/model';
import { parseRupiah } from '../../../../shared/logic';
import { firstMessage } from '../../forms/first-message';
import type { ReadResult } from '../../forms/use-committed-draft';

/**
 * A budget amount as typed ("1.250.000.000", "Rp 1,25 miliar", "250 jt"); empty means no budget
 * for that year. A minus sign gets the schema's own message ("Anggaran tidak boleh negatif").
 */
export const readRupiah =
  (notAnAmount: string) =>
  (text: string): ReadResult<number | null> => {
    const trimmed = text.trim();
    if (trimmed === '') return { ok: true, value: null };
    const negative = /^-/.test(trimmed);
    const amount = parseRupiah(negative ? trimmed.slice(1) : trimmed);
    if (amount === null) return { ok: false, message: notAnAmount, incomplete: trimmed === '-' };
    const checked = RupiahSchema.safeParse(negative ? -amount : amount);
    return checked.success ? { ok: true, value: checked.data } : { ok: false, message: firstMessage(checked) ?? notAnAmount };
  };

/** 1250000000 → "1.250.000.000", as the input shows it beside its "Rp". */
export const rupiahDigits = (amount: number | null): string => (amount === null ? '' : String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.'));
