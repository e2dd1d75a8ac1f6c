/* For running Carta's Windows build under Wine 8 only — never shipped.
 *
 * Rust's standard library asks Windows 10 and later for random bytes through
 * ProcessPrng in bcryptprimitives.dll; Wine 8 has no such DLL, so the program
 * would not start. This stand-in, placed beside the .exe by scripts/wine/run,
 * answers ProcessPrng with RtlGenRandom (advapi32's SystemFunction036), which
 * Wine has. Real Windows has the real DLL, which comes first. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
  while (length > 0) {
    ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
    if (!SystemFunction036(data, chunk)) return FALSE;
    data += chunk;
    length -= chunk;
  }
  return TRUE;
}
