import { hlcWallMs } from '../clock/hlc';
import type { GembaEvent } from '../events/types';
import type { DomainException, ExceptionCode } from './types';

export function exceptionOf(event: GembaEvent, code: ExceptionCode, subject?: string, related?: string): DomainException {
  return {
    code,
    eventId: event._id,
    hlc: event.hlc,
    at: hlcWallMs(event.hlc),
    ...(subject === undefined ? {} : { subject }),
    ...(related === undefined ? {} : { related }),
  };
}
