//! `carta`: the desktop app, and headless commands for scripts.

#![deny(clippy::unwrap_used, clippy::expect_used)]
// On Windows, a windowed program: no console window opens beside Carta when
// the officer double-clicks it. The commands still print to the console they
// are typed in (see `attach_to_console`).
#![cfg_attr(windows, windows_subsystem = "windows")]

/// The app allocates with mimalloc (see Cargo.toml for why); the benchmark
/// examples do too (`examples/support`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod cli_compare;
mod cli_report;
mod cli_sheets;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use carta::app::{CartaApp, Options, dialog_errors};
use carta::export::{self, ExportOptions, Format};
use carta::i18n::Language;
use carta::import;
use carta::model::check;
use carta::store;
use carta::store::settings;
use carta::tr;

/// Keep, check and present your city's Human Rights City profile and its
/// catalogue of municipal programs.
#[derive(Parser)]
#[command(name = "carta", version, about)]
struct Cli {
    /// A profile file (.ron) to open; without one, the San Antonio (Chile) example opens.
    file: Option<PathBuf>,

    /// Never use the system's file dialogs; ask for typed paths instead.
    #[arg(long)]
    no_native_dialogs: bool,

    #[command(subcommand)]
    command: Option<Headless>,
}

#[derive(Subcommand)]
enum Headless {
    /// Check profiles: `FILE: ok`, `FILE:LINE:COL: message` for a file that cannot
    /// be read, or what the campaign form still lacks (`FILE: warning: …`).
    /// Exits 1 when a file cannot be read or has an error (two programs
    /// sharing an id…), as linters do; with --strict, on warnings too.
    Check {
        /// The files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Fail on any finding, warnings too, not only on errors.
        #[arg(long)]
        strict: bool,
    },
    /// Open the app straight into a full-screen presentation of FILE.
    Present {
        /// The profile file.
        file: PathBuf,
        /// The content language to present in (e.g. `es`); texts not yet
        /// translated show in the main language.
        #[arg(long)]
        lang: Option<String>,
    },
    /// Read a profile page in the campaign's text format into a new profile file.
    Import {
        /// The page, as plain text (`-`: standard input).
        page: PathBuf,
        /// The profile file to write (`-`: standard output).
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Write a profile as campaign text, Markdown, HTML or JSON.
    Export {
        /// The profile file.
        file: PathBuf,
        /// The form to write.
        #[arg(long, value_enum)]
        to: ExportFormat,
        /// Where to write; standard output without it (or with `-`).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Also export programs marked internal.
        #[arg(long)]
        include_internal: bool,
        /// The content language to write (e.g. `es`); texts not yet translated
        /// are written in the main language. JSON always holds every language.
        #[arg(long)]
        lang: Option<String>,
    },
    /// Read every profile (.ron) and campaign page (.txt) under DIR as a library:
    /// prints `N profiles, M programs` and every file that cannot be read
    /// (`FILE:LINE:COL: message`); with --search or a filter, one line per
    /// matching program (`CITY (QUALIFIER) · #ID · TITLE`) and a count.
    Library {
        /// The folder, read however deep; never written to.
        dir: PathBuf,
        #[command(flatten)]
        query: LibraryQuery,
    },
    /// Print the differences between two profiles, one per line as the
    /// window words them (`PLACE: BEFORE → AFTER`). Exits 0 when they are the
    /// same, 1 when they differ, 2 when one cannot be read.
    Diff {
        /// The older profile.
        a: PathBuf,
        /// The newer profile.
        b: PathBuf,
        /// Print the differences as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Merge two copies of a profile made from BASE: every change only one
    /// side made is taken; where both changed a field differently, MINE's is
    /// kept and the conflict listed on standard error. Exits 0 without
    /// conflicts, 1 with, 2 when a file cannot be read or written. With
    /// --git-driver, git's `%O %A %B %P` (result written over MINE; an empty
    /// BASE means the branches share no ancestor).
    Merge {
        /// The version both copies started from.
        base: PathBuf,
        /// Your copy (kept where the copies conflict).
        mine: PathBuf,
        /// The colleague's copy.
        theirs: PathBuf,
        /// With --git-driver: the file's name in the repository (%P), unused.
        #[arg(hide = true)]
        repository_path: Option<PathBuf>,
        /// Where to write the merge.
        #[arg(short, long, required_unless_present = "git_driver")]
        output: Option<PathBuf>,
        /// Run as git's merge driver (see the README).
        #[arg(long)]
        git_driver: bool,
    },
    /// Write the annual report of a year: a PDF, a web page, the data
    /// annex workbook, or (JSON) the year's figures: budget planned and
    /// spent per goal, article and target group (per currency), each
    /// indicator's latest value up to the year and the program's rating.
    /// Internal programs never appear.
    Report {
        /// The profile file.
        file: PathBuf,
        /// The year reported on.
        #[arg(long)]
        year: i32,
        /// The form to write.
        #[arg(long, value_enum, default_value = "json")]
        to: ReportFormat,
        /// Where to write; standard output without it (or with `-`).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// The content language of the names (e.g. `es`).
        #[arg(long)]
        lang: Option<String>,
    },
    /// The units' sheets of a year. Without --read: writes one workbook
    /// (.xlsx) per responsible unit into --output, a folder. With --read:
    /// reads the filled workbooks and CSV files named (a folder stands for
    /// the sheets in it) into FILE's profile, written to --output; exits 1
    /// listing every cell it could not use (`FILE, sheet S, D14: …`).
    Sheets {
        /// The profile file.
        file: PathBuf,
        /// With --read: the filled workbooks, CSV files or folders of them.
        #[arg(requires = "read", required_if_eq("read", "true"))]
        inputs: Vec<PathBuf>,
        /// Read filled sheets back instead of writing them.
        #[arg(long)]
        read: bool,
        /// The year collected (required to write; with --read, sheets of
        /// any other year are refused).
        #[arg(long, required_unless_present = "read")]
        year: Option<i32>,
        /// The folder to write the workbooks into, or with --read the
        /// profile file to write.
        #[arg(short, long)]
        output: PathBuf,
        /// The content language of the names in the sheets (e.g. `es`).
        #[arg(long)]
        lang: Option<String>,
    },
    /// For packagers: writes the manual page (carta.1) and the shell
    /// completions (bash, zsh, fish, PowerShell) into DIR.
    #[command(hide = true)]
    PackageFiles {
        /// The folder to write into; made if missing.
        dir: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ReportFormat {
    /// A4 pages, tagged for screen readers.
    Pdf,
    /// One self-contained web page, charts included.
    Html,
    /// The data annex as a workbook.
    Xlsx,
    /// The year's figures, for other tools.
    Json,
}

impl From<ReportFormat> for carta::export::report::ReportFormat {
    fn from(format: ReportFormat) -> Self {
        match format {
            ReportFormat::Pdf => Self::Pdf,
            ReportFormat::Html => Self::Html,
            ReportFormat::Xlsx => Self::Xlsx,
            ReportFormat::Json => Self::Json,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    Txt,
    Md,
    Html,
    Json,
    /// The presentation's slides as a PDF handout, 16:9 pages.
    SlidesPdf,
    /// The handout on A4 landscape pages.
    SlidesPdfA4,
    /// Each slide with its presenter's notes on an A4 page.
    NotesPdf,
}

impl From<ExportFormat> for Format {
    fn from(format: ExportFormat) -> Self {
        match format {
            ExportFormat::Txt => Self::Txt,
            ExportFormat::Md => Self::Markdown,
            ExportFormat::Html => Self::Html,
            ExportFormat::Json => Self::Json,
            ExportFormat::SlidesPdf => Self::SlidesPdf,
            ExportFormat::SlidesPdfA4 => Self::SlidesPdfA4,
            ExportFormat::NotesPdf => Self::NotesPdf,
        }
    }
}

fn main() -> ExitCode {
    attach_to_console();
    let cli = Cli::parse();
    match cli.command {
        Some(Headless::PackageFiles { dir }) => package_files(&dir),
        Some(Headless::Library { dir, query }) => library(&dir, &query),
        Some(Headless::Check { files, strict }) => check(&files, strict),
        Some(Headless::Diff { a, b, json }) => cli_compare::diff_files(&a, &b, json),
        Some(Headless::Report {
            file,
            year,
            to,
            output,
            lang,
        }) => cli_report::report(&file, year, to.into(), output.as_deref(), lang.as_deref()),
        Some(Headless::Sheets {
            file,
            inputs,
            read: true,
            year,
            output,
            lang: _,
        }) => cli_sheets::read(&file, &inputs, year, &output),
        Some(Headless::Sheets {
            file,
            year,
            output,
            lang,
            ..
        }) => cli_sheets::write(&file, year.unwrap_or_default(), &output, lang.as_deref()),
        Some(Headless::Merge {
            base,
            mine,
            theirs,
            repository_path: _,
            output,
            git_driver,
        }) => cli_compare::merge_files(&cli_compare::MergeFiles {
            base,
            mine,
            theirs,
            output,
            git_driver,
        }),
        Some(Headless::Import { page, output }) => import_page(&page, &output),
        Some(Headless::Export {
            file,
            to,
            output,
            include_internal,
            lang,
        }) => {
            let options = ExportOptions {
                include_internal,
                lang,
            };
            export_profile(&file, to.into(), output.as_deref(), &options)
        }
        Some(Headless::Present { file, lang }) => {
            run_gui(Some(file), !cli.no_native_dialogs, Some(lang))
        }
        None => run_gui(cli.file, !cli.no_native_dialogs, None),
    }
}

/// Lines for standard output, stopped quietly when the reader goes away
/// (`carta check … | head -1`) instead of failing on the closed pipe.
struct Out {
    closed: bool,
    /// Why standard output failed, when it was not the reader going away
    /// (a full disk, `> /dev/full`): said, and the command fails.
    failed: Option<std::io::Error>,
    words: Language,
}

impl Out {
    fn new(words: Language) -> Self {
        Self {
            closed: false,
            failed: None,
            words,
        }
    }

    /// Writes `line`; false once the reader is gone or the output failed.
    fn line(&mut self, line: &str) -> bool {
        use std::io::Write as _;
        if !self.closed {
            let mut stdout = std::io::stdout().lock();
            let line = shown_on_terminal(line);
            let written = writeln!(stdout, "{line}").and_then(|()| stdout.flush());
            self.note(written);
        }
        !self.closed
    }

    /// Writes `bytes` whole (an export), as `line` does.
    fn bytes(&mut self, bytes: &[u8]) -> bool {
        use std::io::Write as _;
        if !self.closed {
            let mut stdout = std::io::stdout().lock();
            let written = stdout.write_all(bytes).and_then(|()| stdout.flush());
            self.note(written);
        }
        !self.closed
    }

    fn note(&mut self, written: std::io::Result<()>) {
        if let Err(error) = written {
            self.closed = true;
            if error.kind() != std::io::ErrorKind::BrokenPipe {
                self.failed = Some(error);
            }
        }
    }

    /// The command's exit: `code`, unless the output failed otherwise than
    /// by a closed pipe (`| head` is the reader's choice, not an error).
    fn finish(self, code: ExitCode) -> ExitCode {
        match self.failed {
            None => code,
            Some(error) => {
                let reason = store::IoReason::of(&error).message(self.words);
                complain(&tr!(self.words, "cli-output-failed", reason = reason));
                ExitCode::FAILURE
            }
        }
    }
}

/// Says an error on standard error, where every command puts its errors;
/// nothing to do if even that is closed.
fn complain(line: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "{}", shown_on_terminal(line));
}

/// `line` as a terminal may show it: control characters (ESC, BEL: a title
/// or a file name could retitle the terminal or ring it) and bidirectional
/// overrides written out as `\u{1b}`, never obeyed.
fn shown_on_terminal(line: &str) -> std::borrow::Cow<'_, str> {
    let obeyed = |c: char| {
        (c.is_control() && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !line.chars().any(obeyed) {
        return line.into();
    }
    line.chars()
        .map(|c| {
            if obeyed(c) {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}

fn check(files: &[PathBuf], strict: bool) -> ExitCode {
    let mut failed = false;
    let words = Language::from_system();
    let mut out = Out::new(words);
    for file in files {
        // As written: what the file itself gets wrong, before Carta's repairs.
        match store::load_as_written(file) {
            Ok(document) => {
                let findings = check::check(&document);
                if findings.is_empty() {
                    out.line(&format!(
                        "{}: {}",
                        store::path_shown(file),
                        tr!(words, "cli-ok")
                    ));
                }
                for finding in &findings {
                    let severity = finding.severity.name(words);
                    out.line(&format!(
                        "{}: {severity}: {}",
                        store::path_shown(file),
                        finding.message.say(words)
                    ));
                }
                let errors = (findings.iter()).any(|f| f.severity == check::Severity::Error);
                failed |= errors || (strict && !findings.is_empty());
            }
            Err(error) => {
                failed = true;
                complain(&error.describe(words));
            }
        }
        if out.closed {
            break;
        }
    }
    out.finish(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// What `carta library` was asked to find.
#[derive(clap::Args)]
struct LibraryQuery {
    /// Words every matching program has in its texts (any language).
    #[arg(long)]
    search: Option<String>,
    /// A UDHR article the program addresses (1–30).
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=30))]
    right: Option<u8>,
    /// A Sustainable Development Goal (1–17).
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=17))]
    sdg: Option<u8>,
    /// A target group, by its name in English, Spanish or French.
    #[arg(long)]
    group: Option<String>,
    /// The city's region, by its name in English, Spanish or French.
    #[arg(long)]
    region: Option<String>,
    /// Print the matching programs as JSON.
    #[arg(long)]
    json: bool,
    /// Read every file again, neither using nor filling the cache.
    #[arg(long)]
    no_cache: bool,
}

fn library(dir: &std::path::Path, query: &LibraryQuery) -> ExitCode {
    use carta::model::library::{Library, LibraryFilters};
    use carta::model::{Region, TargetGroup, Vocabulary as _};
    let words = Language::from_system();
    if let Some(reason) = carta::library::folder_problem(dir) {
        complain(&format!("{}: {}", dir.display(), reason.message(words)));
        return ExitCode::FAILURE;
    }
    let mut filters = LibraryFilters::default();
    filters.programs.right = query.right;
    filters.programs.sdg = query.sdg;
    if let Some(group) = &query.group {
        match TargetGroup::matching(group, &Language::all()) {
            Some(group) => filters.programs.group = Some(group),
            None => {
                complain(&tr!(words, "cli-unknown-group", group = group.as_str()));
                return ExitCode::FAILURE;
            }
        }
    }
    if let Some(region) = &query.region {
        match Region::matching(region, &Language::all()) {
            Some(region) => filters.region = Some(region),
            None => {
                complain(&tr!(words, "cli-unknown-region", region = region.as_str()));
                return ExitCode::FAILURE;
            }
        }
    }
    let cache = (!query.no_cache).then(carta::library::cache_root).flatten();
    let progress = carta::library::Progress::default();
    let opened = carta::library::open_with(dir, cache.as_deref(), &progress);
    for problem in &opened.problems {
        complain(&problem.describe(words));
    }
    let library = &opened.library;
    let mut out = Out::new(words);
    let searching = query.search.is_some() || filters != LibraryFilters::default();
    if !searching {
        out.line(&tr!(
            words,
            "cli-library-count",
            profiles = library.profiles.len(),
            programs = library.program_count()
        ));
        return out.finish(ExitCode::SUCCESS);
    }
    let hits = library.search(query.search.as_deref().unwrap_or(""), &filters);
    if query.json {
        let found: Vec<serde_json::Value> = hits
            .iter()
            .filter_map(|hit| {
                let profile = library.profiles.get(hit.profile)?;
                let program = profile.document.programs.get(hit.program)?;
                let lang = profile.document.main_language();
                Some(serde_json::json!({
                    "city": profile.city(),
                    "file": profile.source,
                    "id": program.id.0,
                    "title": program.title.get(lang),
                    "summary": program.summary.get(lang),
                }))
            })
            .collect();
        // JSON escapes what must be escaped itself: written as it is.
        let text = serde_json::to_string_pretty(&found).unwrap_or_default() + "\n";
        out.bytes(text.as_bytes());
        return out.finish(ExitCode::SUCCESS);
    }
    for line in library.describe(&hits) {
        out.line(&line);
        if out.closed {
            return out.finish(ExitCode::SUCCESS);
        }
    }
    out.line(&tr!(
        words,
        "cli-library-found",
        programs = hits.len(),
        cities = Library::cities_in(&hits)
    ));
    out.finish(ExitCode::SUCCESS)
}

/// `-` for a file: standard input or output, as every command line tool reads it.
fn is_dash(path: &std::path::Path) -> bool {
    path.as_os_str() == "-"
}

/// Standard input whole, refused past a profile's size as a file would be.
fn read_stdin_capped() -> Result<Vec<u8>, store::IoReason> {
    use std::io::Read as _;
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(store::MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| store::IoReason::of(&error))?;
    if bytes.len() as u64 > store::MAX_FILE_BYTES {
        return Err(store::IoReason::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

fn import_page(page: &std::path::Path, output: &std::path::Path) -> ExitCode {
    let words = Language::from_system();
    let (from_stdin, to_stdout) = (is_dash(page), is_dash(output));
    let source = if from_stdin {
        tr!(words, "cli-standard-input")
    } else {
        page.display().to_string()
    };
    if !from_stdin && !to_stdout && store::same_file(page, output) {
        complain(&format!(
            "{}: {}",
            output.display(),
            tr!(words, "cli-output-is-input")
        ));
        return ExitCode::FAILURE;
    }
    let read = if from_stdin {
        read_stdin_capped()
    } else {
        store::read_capped(page)
    };
    let imported = read
        .map_err(|reason| store::LoadError::refused(&source, reason))
        .and_then(|bytes| import::import_bytes(&bytes, &source));
    let (document, report) = match imported {
        Ok(imported) => imported,
        Err(error) => {
            complain(&error.describe(words));
            return ExitCode::FAILURE;
        }
    };
    let mut out = Out::new(words);
    if to_stdout {
        // The profile is the output; what could not be placed goes to
        // standard error, where it cannot spoil the profile.
        let text = match store::profile_text(&document, output) {
            Ok(text) => text,
            Err(error) => {
                complain(&error.describe(words));
                return ExitCode::FAILURE;
            }
        };
        out.bytes(text.as_bytes());
        for note in &report.notes {
            let message = note.kind.message(words);
            match note.line {
                0 => complain(&format!("{source}: {message}")),
                line => complain(&format!("{source}:{line}: {message}")),
            }
        }
        return out.finish(ExitCode::SUCCESS);
    }
    // The profile first: whatever happens to the notes, the work is written.
    if let Err(error) = store::save(&document, output) {
        complain(&error.describe(words));
        return ExitCode::FAILURE;
    }
    for note in &report.notes {
        let message = note.kind.message(words);
        let shown = match note.line {
            0 => out.line(&format!("{source}: {message}")),
            line => out.line(&format!("{source}:{line}: {message}")),
        };
        if !shown {
            return out.finish(ExitCode::SUCCESS);
        }
    }
    let counts = tr!(
        words,
        "cli-imported",
        areas = document.policies.areas.len(),
        programs = document.programs.len()
    );
    out.line(&format!("{}: {counts}", output.display()));
    out.finish(ExitCode::SUCCESS)
}

fn export_profile(
    file: &std::path::Path,
    format: Format,
    output: Option<&std::path::Path>,
    options: &ExportOptions,
) -> ExitCode {
    let words = Language::from_system();
    // `-o -`: standard output, as without `-o`.
    let output = output.filter(|path| !is_dash(path));
    if writes_over(file, output, words) {
        return ExitCode::FAILURE;
    }
    let Some(document) = read_profile(file, words) else {
        return ExitCode::FAILURE;
    };
    if matches!(
        format,
        Format::SlidesPdf | Format::SlidesPdfA4 | Format::NotesPdf | Format::Json
    ) {
        for role in export::damaged_pictures(&document) {
            let said = tr!(words, &format!("picture-left-out-{role:?}"));
            complain(&format!("{}: {said}", file.display()));
        }
    }
    if let Some(lang) = options.lang.as_deref()
        && !document.languages.iter().any(|known| known == lang)
    {
        let warning = tr!(
            words,
            "cli-no-such-language",
            lang = lang,
            main = document.main_language()
        );
        complain(&format!("{}: {warning}", file.display()));
    }
    // The campaign's page is published in its three languages: another
    // language's texts go under English headings, and the officer is told.
    // The language written: the one asked for if the profile has it.
    let page_lang = (options.lang.as_deref())
        .filter(|lang| document.languages.iter().any(|known| known == lang))
        .unwrap_or(document.main_language());
    if format == Format::Txt && Language::of_campaign_page(page_lang).is_none() {
        complain(&format!(
            "{}: {}",
            file.display(),
            tr!(words, "cli-campaign-headings", lang = page_lang)
        ));
    }
    let bytes = match export::export_bytes(&document, format, options) {
        Ok(bytes) => bytes,
        Err(error) => {
            complain(&format!("{}: {error}", file.display()));
            return ExitCode::FAILURE;
        }
    };
    write_out(output, &bytes, words)
}

/// Reads a profile for a command, saying why not on standard error.
fn read_profile(path: &std::path::Path, words: Language) -> Option<carta::model::Document> {
    match store::load(path) {
        Ok(document) => Some(document),
        Err(error) => {
            complain(&error.describe(words));
            None
        }
    }
}

/// True (and said) when `output` is the profile `file` itself: an export
/// never replaces the profile it is made from.
fn writes_over(file: &std::path::Path, output: Option<&std::path::Path>, words: Language) -> bool {
    let over = output.is_some_and(|output| store::same_file(file, output));
    if let Some(output) = output.filter(|_| over) {
        let said = tr!(words, "cli-export-over-profile");
        complain(&format!("{}: {said}", output.display()));
    }
    over
}

/// Writes `bytes` to `output` (atomically), or to standard output without one.
fn write_out(output: Option<&std::path::Path>, bytes: &[u8], words: Language) -> ExitCode {
    match output {
        None => {
            let mut out = Out::new(words);
            out.bytes(bytes);
            out.finish(ExitCode::SUCCESS)
        }
        Some(path) => match store::write_atomically(path, bytes, false) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                complain(&error.describe(words));
                ExitCode::FAILURE
            }
        },
    }
}

/// If Carta itself fails: first write the latest settled state of the work to
/// its recovery file (which the next start offers back), then say so plainly
/// and leave a report to send.
fn install_crash_report(data_dir: Option<PathBuf>) {
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // The work first, then the report.
        let kept = carta::store::recovery::write_crash_snapshot();
        default_hook(info);
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let report = format!(
            "Carta {} stopped on an internal error.\n\n{info}\n\nbacktrace:\n{}\n",
            env!("CARGO_PKG_VERSION"),
            std::backtrace::Backtrace::force_capture()
        );
        let written = data_dir.as_ref().and_then(|dir| {
            let path = dir.join(format!("crash-{seconds}.txt"));
            std::fs::create_dir_all(dir).ok()?;
            std::fs::write(&path, report).ok()?;
            Some(path)
        });
        eprintln!(
            "\nCarta stopped because of an error in Carta itself, not in your work.\n\
             Your unsaved changes up to a few seconds ago are kept and will be offered \
             back the next time you start Carta."
        );
        if let Some(path) = kept {
            eprintln!("Your latest changes were written to {}", path.display());
        }
        if let Some(path) = written {
            eprintln!("A report for the developers is in {}", path.display());
        }
    }));
}

/// A windowed Windows program has no console of its own: when started from
/// one (cmd, PowerShell), print there. Output already redirected to a file or
/// a pipe is left as it is. Nothing to do elsewhere.
fn attach_to_console() {
    #[cfg(windows)]
    {
        use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
        // SAFETY: AttachConsole takes a process id and touches no memory of
        // ours; failing (no parent console) leaves everything as it was.
        unsafe {
            AttachConsole(ATTACH_PARENT_PROCESS);
        }
    }
}

/// Writes the manual page and the shell completions into `dir`.
fn package_files(dir: &std::path::Path) -> ExitCode {
    let written = (|| -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        let mut command = Cli::command();
        let mut page = Vec::new();
        clap_mangen::Man::new(command.clone()).render(&mut page)?;
        std::fs::write(dir.join("carta.1"), page)?;
        for shell in [
            clap_complete::Shell::Bash,
            clap_complete::Shell::Zsh,
            clap_complete::Shell::Fish,
            clap_complete::Shell::PowerShell,
        ] {
            clap_complete::generate_to(shell, &mut command, "carta", dir)?;
        }
        let schema = carta::export::json_schema();
        std::fs::write(dir.join("carta-profile.schema.json"), schema)?;
        Ok(())
    })();
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("carta: {}: {error}", dir.display());
            ExitCode::FAILURE
        }
    }
}

/// Runs the window; `present` starts a presentation at once, in the content
/// language given (or the main one).
fn run_gui(
    file: Option<PathBuf>,
    native_dialogs: bool,
    present: Option<Option<String>>,
) -> ExitCode {
    dialog_errors::install();
    install_crash_report(
        directories::ProjectDirs::from("org", "Carta", "Carta")
            .map(|d| d.data_local_dir().to_owned()),
    );
    let config_dir = settings::config_dir();
    let options = Options {
        settings_dir: config_dir.clone(),
        native_dialogs,
        // Recovery copies belong to this computer, not to a roaming profile
        // (Windows: %LOCALAPPDATA%; elsewhere the same folder as the data).
        recovery_dir: directories::ProjectDirs::from("org", "Carta", "Carta")
            .map(|dirs| dirs.data_local_dir().join("recovery")),
        language: None,
        fonts: carta::text::fonts::Source::System,
        cache_dir: carta::library::cache_root(),
        versions_dir: directories::ProjectDirs::from("org", "Carta", "Carta")
            .map(|dirs| dirs.data_dir().join("versions")),
    };
    let mut app = CartaApp::with_embedded_profile(options);
    // With no file named, the one the officer last worked on, if still there.
    let file = file.or_else(|| app.last_file());
    if let Some(file) = file {
        match store::load_stamped(&file) {
            Ok((document, stamp)) => app = app.with_stamped_document(document, file, stamp),
            Err(error) => app.report_load_error(&error),
        }
    }
    if present.is_none() {
        app.welcome_on_first_start();
    }
    let presenting = present.is_some();
    if let Some(lang) = present {
        if let Some(lang) = lang {
            app.edit_in(&lang);
        }
        app.queue(carta::app::Command::Present);
    }
    if let Some(folder) = &config_dir {
        settings::forget_full_screen(&settings::window_state_file(folder));
    }
    let native_options = carta::app::native_options(
        config_dir.as_deref().map(settings::window_state_file),
        presenting,
    );
    let result = eframe::run_native(
        "Carta",
        native_options,
        Box::new(move |cc| {
            app.setup(&cc.egui_ctx);
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("carta: the window could not be opened: {error}");
            ExitCode::FAILURE
        }
    }
}
