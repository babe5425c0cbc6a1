# Build the self-contained Windows folder: dist\survey-app\ (survey-app.exe opens the application,
# survey-app-cli.exe runs the commands) and dist\survey-app-<version>-windows-x64.zip.
# No Python is needed on the target PC. Run in PowerShell on 64-bit Windows 10 or 11 with Python 3.11
# from python.org (the "py" launcher). Not run in this project's CI.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
#   $env:SURVEY_APP_SIGN_CERT_SHA1 = "<thumbprint>"; powershell -File packaging\build-windows.ps1   # signed
#
# Code signing: with SURVEY_APP_SIGN_CERT_SHA1 set to the thumbprint of a code-signing certificate
# in the Windows certificate store (a hardware token works the same way), signtool.exe from the
# Windows SDK signs both executables, SHA-256 with an RFC 3161 timestamp (SURVEY_APP_TIMESTAMP_URL,
# default DigiCert's), before the zip is made. An installer (MSI/MSIX made by the IT department, or
# Inno Setup) wraps the signed folder as it is, and is signed the same way.
# Options: -Python PATH (use an existing environment), -NoArchive
param(
    [string]$Python = "",
    [switch]$NoArchive
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$root = (Get-Location).Path
$started = Get-Date

function Invoke-Checked {
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

if (-not $Python) {
    # 1. A clean virtual environment at the pinned versions.
    $venv = Join-Path $root "build\venv-windows"
    if (Test-Path $venv) { Remove-Item -Recurse -Force $venv }
    Invoke-Checked "py" @("-3.11", "-m", "venv", $venv)
    $Python = Join-Path $venv "Scripts\python.exe"
    Invoke-Checked $Python @("-m", "pip", "install", "-q", "--upgrade", "pip")
    Invoke-Checked $Python @("-m", "pip", "install", "-q", "-c", "packaging\constraints.txt", ".[build]")
}

# 2. PyInstaller with the shared spec (windowed survey-app.exe with the icon and version resource).
$env:PYTHONHASHSEED = "0"
try { $env:SOURCE_DATE_EPOCH = (git log -1 --format=%ct 2>$null) } catch { $env:SOURCE_DATE_EPOCH = "" }
if (-not $env:SOURCE_DATE_EPOCH) { $env:SOURCE_DATE_EPOCH = [string][DateTimeOffset]::UtcNow.ToUnixTimeSeconds() }
Invoke-Checked $Python @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "dist", "--workpath", "build\pyinstaller", "packaging\survey-app.spec")
$bundle = Join-Path $root "dist\survey-app"
$built = Get-Date

# 3. It starts: the console executable prints its version; the window opens offscreen and closes.
$version = ((& "$bundle\survey-app-cli.exe" --version) -split " ")[1]
if ($LASTEXITCODE -ne 0 -or -not $version) { throw "survey-app-cli.exe --version failed" }
$env:SURVEY_APP_HOME = Join-Path ([System.IO.Path]::GetTempPath()) ("survey-app-build-" + [guid]::NewGuid())
$env:QT_QPA_PLATFORM = "offscreen"; $env:SURVEY_APP_EXIT_AFTER_PAINT = "1"
$gui = Start-Process -FilePath "$bundle\survey-app.exe" -Wait -PassThru
Remove-Item Env:QT_QPA_PLATFORM, Env:SURVEY_APP_EXIT_AFTER_PAINT, Env:SURVEY_APP_HOME
if ($gui.ExitCode -ne 0) { throw "survey-app.exe did not start and close cleanly (exit code $($gui.ExitCode))" }

# 4. Code signing (optional): both executables, before anything is archived.
if ($env:SURVEY_APP_SIGN_CERT_SHA1) {
    $timestamp = if ($env:SURVEY_APP_TIMESTAMP_URL) { $env:SURVEY_APP_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
    $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName -Descending | Select-Object -First 1
    if (-not $signtool) { throw "signtool.exe not found: install the Windows SDK" }
    foreach ($exe in @("survey-app.exe", "survey-app-cli.exe")) {
        Invoke-Checked $signtool.FullName @("sign", "/sha1", $env:SURVEY_APP_SIGN_CERT_SHA1, "/fd", "SHA256",
            "/tr", $timestamp, "/td", "SHA256", "/d", "NSI Survey", (Join-Path $bundle $exe))
        Invoke-Checked $signtool.FullName @("verify", "/pa", (Join-Path $bundle $exe))
    }
}

# 5. The zip IT departments deploy (or wrap in their installer).
if (-not $NoArchive) {
    $zip = Join-Path $root "dist\survey-app-$version-windows-x64.zip"
    if (Test-Path $zip) { Remove-Item $zip }
    Compress-Archive -Path $bundle -DestinationPath $zip -CompressionLevel Optimal
    "archive:    $zip ({0:N0} MB)" -f ((Get-Item $zip).Length / 1MB)
}
$size = (Get-ChildItem -Recurse $bundle | Measure-Object -Property Length -Sum).Sum / 1MB
"bundle:     $bundle ({0:N0} MB), survey-app $version" -f $size
"build time: {0:N0} s" -f ($built - $started).TotalSeconds
