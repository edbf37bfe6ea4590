import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../electron/server/rate-limit';
import { shareBinding } from '../../../electron/server/share-cli';
import { JOIN_CODE_ALPHABET, bearerToken, displayJoinCode } from '../../../electron/services/share';
import { joinCodeMatches, newJoinCode } from '../../../electron/services/share/join-code';
import { hashToken, newParticipantToken } from '../../../electron/services/share/tokens';

describe('the join code read off the projector', () => {
  it('is six characters without look-alikes (0/O, 1/I/L)', () => {
    for (let i = 0; i < 200; i += 1) expect(newJoinCode()).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01ILO]/);
  });

  it('is accepted typed in lower case, with a dash or spaces', () => {
    expect(joinCodeMatches('k7m-q2x', 'K7MQ2X')).toBe(true);
    expect(joinCodeMatches(' K7M Q2X ', 'K7MQ2X')).toBe(true);
    expect(joinCodeMatches('K7MQ2Y', 'K7MQ2X')).toBe(false);
    expect(joinCodeMatches('K7MQ2', 'K7MQ2X')).toBe(false);
    expect(displayJoinCode('K7MQ2X')).toBe('K7M-Q2X');
  });
});

describe('participant tokens', () => {
  it('carry 256 random bits and only their hash is kept', () => {
    const token = newParticipantToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newParticipantToken()).not.toBe(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token);
  });

  it('are read only from a well-formed Bearer header', () => {
    const token = newParticipantToken();
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`bearer ${token}`)).toBe(token);
    expect(bearerToken(`Basic ${token}`)).toBeNull();
    expect(bearerToken('Bearer pendek')).toBeNull();
    expect(bearerToken(`Bearer ${token} lagi`)).toBeNull();
  });
});

describe('join attempts per address', () => {
  it('allow the limit in a window, then say how long to wait, then allow again', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 60_000, () => now);
    expect([limiter.take('10.0.0.5'), limiter.take('10.0.0.5'), limiter.take('10.0.0.5')]).toEqual([0, 0, 0]);
    now = 15_000;
    expect(limiter.take('10.0.0.5')).toBe(45_000);
    expect(limiter.take('10.0.0.6')).toBe(0);
    now = 60_000;
    expect(limiter.take('10.0.0.5')).toBe(0);
  });
});

describe('npm run web -- --share', () => {
  it('listens on every LAN interface on the port after the app’s, or on the interface --host names', () => {
    expect(shareBinding('127.0.0.1', 5178)).toEqual({ host: '0.0.0.0', port: 5179 });
    expect(shareBinding('192.168.1.20', 8080)).toEqual({ host: '192.168.1.20', port: 8081 });
    expect(shareBinding('127.0.0.1', 0)).toEqual({ host: '0.0.0.0', port: 0 });
  });
});
