; Inno Setup 6 script: the Windows installer for Content Planner.
;
; Build the app first (bash packaging/build.sh, which fills dist\content-planner\), then,
; from the repository root:
;
;   iscc /DAppVersion=1.2.3 packaging\windows\content-planner.iss
;
; Output: dist\installer\content-planner-1.2.3-windows-setup.exe. /DDistDir=FOLDER takes the
; app from FOLDER\content-planner\ and writes the installer to FOLDER\installer\ instead
; (a path from the repository root).
;
; The installer needs no administrator rights: by default it installs for the current user
; only, into %LOCALAPPDATA%\Programs\Content Planner. The user may pick "all users" in the
; first dialog instead (Program Files; Windows then asks for an administrator).
;
; Plans are NOT part of the install. They live in the user's data folder,
; %LOCALAPPDATA%\Content Planner (or CONTENT_PLANNER_HOME), which the app creates on first
; use. The uninstaller removes only the files it installed, so every plan and its backups
; stay where they are; there is deliberately no [UninstallDelete] section.
;
; No file association: plans use the generic .sqlite3 extension, and claiming it would take
; over the files of every other program that uses SQLite. Plans open from File > Open plan.

#ifndef AppVersion
  #error AppVersion is not defined. Compile with: iscc /DAppVersion=1.2.3 packaging\windows\content-planner.iss
#endif

#define AppName "Content Planner"
#ifndef DistDir
  #define DistDir "dist"
#endif
#define AppExe "content-planner.exe"

; Fail here, with what to do, rather than with "no files found" further down.
#define AppFolder DistDir + "\content-planner"
#if !FileExists(AddBackslash(SourcePath) + "..\..\" + AppFolder + "\" + AppExe)
  #error The frozen app (content-planner.exe) is missing. Run "bash packaging/build.sh" first.
#endif

[Setup]
; The AppId ties upgrades and the uninstaller to this app: never change it.
AppId={{219CA123-36EB-498A-B3EE-73F0FDDD1836}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
; Every relative path below (files, icon, output) is taken from the repository root.
SourceDir=..\..
OutputDir={#DistDir}\installer
OutputBaseFilename=content-planner-{#AppVersion}-windows-setup
SetupIconFile=resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; Per user, without administrator rights; "all users" stays available from a dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; The frozen app is 64-bit (x64) and Qt 6 needs Windows 10 1809 or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Pick the language from Windows' own; ask only when it is neither English nor Italian.
ShowLanguageDialog=auto

[Languages]
; The installer speaks the user's Windows language when the app does (Inno Setup's own
; Italian messages), English otherwise.
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade first removes the previous build's libraries, so none of them lingers beside
; the new ones. _internal holds only what the installer put there, never a plan.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole one-folder build: content-planner.exe (the window), content-planner-cli.exe
; (the command line) and _internal\ with Python, Qt and the app.
Source: "{#AppFolder}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
