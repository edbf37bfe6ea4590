; NSIS additions for the Windows installer (electron-builder.config.ts, nsis.include).
; Always install for the current user only (%LOCALAPPDATA%\Programs, no administrator rights):
; the "for all users" choice is not offered, since most facilitators' laptops are managed and it
; would ask for an administrator. The folder can still be changed on the next page.
!macro customInstallMode
  StrCpy $isForceCurrentInstall "1"
!macroend
