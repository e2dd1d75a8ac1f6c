//! Profile files: RON text in and out, format versions, atomic saves.
//! Knows the model and the file system; nothing of screens.

mod disk;
mod migrate;
pub mod picture;
pub mod recovery;
pub mod settings;
pub mod translations;
pub mod versions;

use std::fmt;
use std::io::Write as _;
use std::path::{Path, PathBuf};

pub use disk::{
    FileStamp, IoReason, MAX_FILE_BYTES, backup_path, path_shown, read_capped, same_file,
    save_target, stamp,
};

use serde::Deserialize;

use crate::i18n::Language;
use crate::model::{Document, FORMAT_VERSION};
use crate::tr;

/// The San Antonio (Chile) profile shipped inside the binary.
pub const EMBEDDED_PROFILE: &str = include_str!("../../assets/san-antonio-chile.ron");

/// Why a profile could not be read; `Display` gives `FILE:LINE:COL: message`
/// in English, `describe` the same in the officer's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// The file's path as the officer named it, or a label such as `<embedded>`.
    pub source: String,
    /// 1-based line and column, when the problem has a place in the text.
    pub position: Option<(usize, usize)>,
    pub problem: LoadProblem,
}

/// What is wrong with a file, kept apart from its wording so that each
/// interface language can say it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadProblem {
    /// The system refused to read it.
    Unreadable(IoReason),
    /// Given as a campaign page, it is a Carta profile: opened, not imported.
    ProfileNotPage,
    /// Left out of a library already holding as much as Carta reads at once.
    LibraryFull {
        megabytes: u64,
    },
    TooLarge {
        bytes: u64,
    },
    NotUtf8 {
        offset: usize,
    },
    Empty,
    NewerVersion(u32),
    CutOff,
    TooDeep,
    MissingField {
        field: String,
        outer: Option<String>,
    },
    UnknownField(String),
    UnknownValue(String),
    /// A text in quotes that is never closed.
    UnclosedText,
    /// A list or group that is never closed.
    Unclosed,
    MissingComma,
    MissingColon,
    ExpectedText,
    ExpectedNumber,
    ExpectedYesNo,
    UnexpectedChar(char),
    /// More text after the end of the profile.
    TrailingText,
    /// A text gives the same language twice (`{"en": "a", "en": "b"}`).
    DuplicateLanguage(String),
    /// A field written twice in one group.
    DuplicateField(String),
    /// A text longer than `model::MAX_TEXT_CHARS`.
    TextTooLong,
    /// A number too large or too small for its field (an article 300).
    NumberOutOfRange,
    /// A value of the wrong kind for its field.
    WrongValue,
    /// A list with the wrong number of entries (the vision's two answers).
    WrongLength(usize),
    /// `Some(…)` or `None` expected.
    ExpectedOption,
    /// A list in `[ ]` expected.
    ExpectedList,
    /// A text map in `{ }` expected.
    ExpectedMap,
    /// A group in `( )` expected.
    ExpectedGroup,
    /// Any other way of not being a well-formed profile.
    Syntax,
}

impl LoadProblem {
    /// The problem in `words`, as a sentence an officer can act on.
    pub fn message(&self, words: Language) -> String {
        match self {
            Self::Unreadable(reason) => {
                tr!(words, "load-unreadable", reason = reason.message(words))
            }
            Self::TooLarge { bytes } => tr!(
                words,
                "load-too-large",
                megabytes = bytes.div_ceil(1024 * 1024),
                limit = MAX_FILE_BYTES / (1024 * 1024)
            ),
            Self::NotUtf8 { offset } => tr!(words, "load-not-utf8", offset = *offset),
            Self::Empty => tr!(words, "load-empty"),
            Self::ProfileNotPage => tr!(words, "load-profile-not-page"),
            Self::LibraryFull { megabytes } => {
                tr!(words, "load-library-full", megabytes = *megabytes)
            }
            Self::NewerVersion(version) => tr!(
                words,
                "load-newer-version",
                version = *version,
                supported = FORMAT_VERSION
            ),
            Self::CutOff => tr!(words, "load-cut-off"),
            Self::TooDeep => tr!(words, "load-too-deep"),
            Self::MissingField { field, outer } => match outer {
                Some(outer) => tr!(
                    words,
                    "load-missing-field-in",
                    field = field.as_str(),
                    outer = part_name(words, outer)
                ),
                None => tr!(words, "load-missing-field", field = field.as_str()),
            },
            Self::UnknownField(field) => tr!(words, "load-unknown-field", field = field.as_str()),
            Self::UnknownValue(value) => tr!(words, "load-unknown-value", value = value.as_str()),
            Self::UnclosedText => tr!(words, "load-unclosed-text"),
            Self::Unclosed => tr!(words, "load-unclosed"),
            Self::MissingComma => tr!(words, "load-missing-comma"),
            Self::MissingColon => tr!(words, "load-missing-colon"),
            Self::ExpectedText => tr!(words, "load-expected-text"),
            Self::ExpectedNumber => tr!(words, "load-expected-number"),
            Self::ExpectedYesNo => tr!(words, "load-expected-yes-no"),
            Self::UnexpectedChar(c) => tr!(words, "load-unexpected-char", char = c.to_string()),
            Self::TrailingText => tr!(words, "load-trailing-text"),
            Self::DuplicateLanguage(lang) => {
                tr!(words, "load-duplicate-language", lang = lang.as_str())
            }
            Self::DuplicateField(field) => {
                tr!(words, "load-duplicate-field", field = field.as_str())
            }
            Self::TextTooLong => tr!(
                words,
                "load-text-too-long",
                limit = crate::model::MAX_TEXT_CHARS
            ),
            Self::NumberOutOfRange => tr!(words, "load-number-out-of-range"),
            Self::WrongValue => tr!(words, "load-wrong-value"),
            Self::WrongLength(found) => tr!(words, "load-wrong-length", count = *found),
            Self::ExpectedOption => tr!(words, "load-expected-option"),
            Self::ExpectedList => tr!(words, "load-expected-list"),
            Self::ExpectedMap => tr!(words, "load-expected-map"),
            Self::ExpectedGroup => tr!(words, "load-expected-group"),
            Self::Syntax => tr!(words, "load-syntax"),
        }
    }
}

impl LoadError {
    /// The system refused to read `source`.
    pub fn unreadable(source: &str, error: &std::io::Error) -> Self {
        Self::refused(source, IoReason::of(error))
    }

    /// `source` could not be read, for `reason`.
    pub fn refused(source: &str, reason: IoReason) -> Self {
        let problem = match reason {
            IoReason::TooLarge(bytes) => LoadProblem::TooLarge { bytes },
            reason => LoadProblem::Unreadable(reason),
        };
        Self {
            source: source.to_owned(),
            position: None,
            problem,
        }
    }

    /// `FILE:LINE:COL: message`, the message in `words`.
    pub fn describe(&self, words: Language) -> String {
        let message = self.problem.message(words);
        match self.position {
            Some((line, col)) => format!("{}:{line}:{col}: {message}", self.source),
            None => format!("{}: {message}", self.source),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Language::ENGLISH))
    }
}

impl std::error::Error for LoadError {}

/// The embedded San Antonio profile.
pub fn embedded_profile() -> Document {
    // The asset is checked by tests; should it ever be broken, start empty rather than crash.
    parse(EMBEDDED_PROFILE, "<embedded>").unwrap_or_default()
}

/// Reads a profile file.
pub fn load(path: &Path) -> Result<Document, LoadError> {
    load_stamped(path).map(|(document, _)| document)
}

/// Reads a profile file, with the stamp of the very bytes read: what a later
/// save compares the file on disk against.
pub fn load_stamped(path: &Path) -> Result<(Document, FileStamp), LoadError> {
    let source = path_shown(path);
    let bytes = read_capped(path).map_err(|reason| LoadError::refused(&source, reason))?;
    let document = parse_bytes(&bytes, &source)?;
    Ok((document, FileStamp::of(&bytes)))
}

/// Reads a profile file as written, without the repairs `load` makes, for
/// `carta check` to report what the file itself gets wrong.
pub fn load_as_written(path: &Path) -> Result<Document, LoadError> {
    let source = path_shown(path);
    let bytes = read_capped(path).map_err(|reason| LoadError::refused(&source, reason))?;
    parse_as_written(utf8_text(&bytes, &source)?, &source)
}

/// Reads a profile from raw bytes, checking they are UTF-8 first.
pub fn parse_bytes(bytes: &[u8], source: &str) -> Result<Document, LoadError> {
    parse(utf8_text(bytes, source)?, source)
}

/// `bytes` as text, or the place of the first byte that is not UTF-8: profile
/// files and campaign pages alike.
pub fn utf8_text<'a>(bytes: &'a [u8], source: &str) -> Result<&'a str, LoadError> {
    std::str::from_utf8(bytes).map_err(|err| {
        let valid = std::str::from_utf8(&bytes[..err.valid_up_to()]).unwrap_or_default();
        LoadError {
            source: source.to_owned(),
            position: Some(line_col_at_end(valid)),
            problem: LoadProblem::NotUtf8 {
                offset: err.valid_up_to(),
            },
        }
    })
}

/// Reads a profile from RON text, migrating older format versions and
/// repairing what would break editing (an id counter below an existing id).
pub fn parse(text: &str, source: &str) -> Result<Document, LoadError> {
    let mut document = parse_as_written(text, source)?;
    document.repair_next_program_id();
    Ok(document)
}

/// `parse` without the repairs.
fn parse_as_written(text: &str, source: &str) -> Result<Document, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError {
            source: source.to_owned(),
            position: Some((1, 1)),
            problem: LoadProblem::Empty,
        });
    }
    let document: Document = match ron_options().from_str(text) {
        Ok(document) => document,
        Err(err) => {
            // A file from a newer Carta may fail on a field this build does not know:
            // then the version, not the field, is what the officer needs to hear.
            if let Some(newer) = newer_version(text) {
                return Err(newer_version_error(source, newer));
            }
            return Err(LoadError {
                source: source.to_owned(),
                position: Some((err.span.start.line, err.span.start.col)),
                problem: problem_of(&err.code),
            });
        }
    };
    if document.format_version > FORMAT_VERSION {
        return Err(newer_version_error(source, document.format_version));
    }
    Ok(migrate::to_current(document))
}

/// The file's `format_version`, when it is newer than this build reads.
fn newer_version(text: &str) -> Option<u32> {
    let probe = ron_options().from_str::<VersionProbe>(text).ok()?;
    (probe.format_version > FORMAT_VERSION).then_some(probe.format_version)
}

fn newer_version_error(source: &str, version: u32) -> LoadError {
    LoadError {
        source: source.to_owned(),
        position: None,
        problem: LoadProblem::NewerVersion(version),
    }
}

/// The profile as the RON text Carta writes: pretty, `\n` line endings, long
/// texts with real line breaks, so a person can read and diff it.
pub fn to_ron(document: &Document) -> Result<String, ron::Error> {
    let mut text = ron::Options::default().to_string_pretty(document, pretty_config())?;
    text.push('\n');
    Ok(text)
}

/// How Carta writes RON, for profiles, recovery copies and settings alike.
pub fn pretty_config() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .escape_strings(false)
        .compact_arrays(true)
        .compact_maps(true)
        .struct_names(false)
}

/// Why a save failed: the step that failed and the system's reason.
/// `Display` says it in English, `describe` in the officer's language.
#[derive(Debug)]
pub struct SaveError {
    /// The officer's file (never a temporary one).
    pub path: PathBuf,
    pub step: SaveStep,
    pub reason: IoReason,
}

/// The step of a save that failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStep {
    /// Turning the document into text.
    Serialize,
    /// The text is over `MAX_FILE_BYTES`: no Carta could open it again.
    TooLarge,
    CreateFolder,
    /// Creating the temporary file in this folder.
    CreateTemporary(PathBuf),
    Permissions,
    Write,
    KeepBackup,
    Replace,
}

impl SaveError {
    pub fn new(path: &Path, step: SaveStep, reason: IoReason) -> Self {
        Self {
            path: path.to_owned(),
            step,
            reason,
        }
    }

    /// `FILE: message`, the message in `words`.
    pub fn describe(&self, words: Language) -> String {
        let reason = self.reason.message(words);
        let reason = reason.as_str();
        let message = match &self.step {
            SaveStep::Serialize => tr!(words, "save-serialize", reason = reason),
            SaveStep::TooLarge => tr!(words, "save-too-large", reason = reason),
            SaveStep::CreateFolder => tr!(words, "save-create-folder", reason = reason),
            SaveStep::CreateTemporary(folder) => tr!(
                words,
                "save-create-temporary",
                folder = folder.display().to_string(),
                reason = reason
            ),
            SaveStep::Permissions => tr!(words, "save-permissions", reason = reason),
            SaveStep::Write => tr!(words, "save-write", reason = reason),
            SaveStep::KeepBackup => tr!(words, "save-keep-backup", reason = reason),
            SaveStep::Replace => tr!(words, "save-replace", reason = reason),
        };
        format!("{}: {message}", self.path.display())
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Language::ENGLISH))
    }
}

impl std::error::Error for SaveError {}

/// Saves atomically: the text goes to a temporary file in the same folder, is
/// flushed to disk, and only then renamed over the target. The previous version
/// is kept as `NAME.ron.bak`. A crash at any moment leaves either the old or the
/// new file whole, never a half-written one. Returns the stamp of what was
/// written, for noticing later changes by others.
pub fn save(document: &Document, path: &Path) -> Result<FileStamp, SaveError> {
    let text = profile_text(document, path)?;
    write_atomically(path, text.as_bytes(), true)?;
    Ok(FileStamp::of(text.as_bytes()))
}

/// The profile as it would be saved, refused when no Carta could read it back.
pub fn profile_text(document: &Document, path: &Path) -> Result<String, SaveError> {
    let text = to_ron(document).map_err(|err| {
        SaveError::new(path, SaveStep::Serialize, IoReason::Other(err.to_string()))
    })?;
    if text.len() as u64 > MAX_FILE_BYTES {
        let reason = IoReason::TooLarge(text.len() as u64);
        return Err(SaveError::new(path, SaveStep::TooLarge, reason));
    }
    Ok(text)
}

/// Writes `bytes` to `path` so that a crash leaves the old file or the new one,
/// never half of one; with `keep_backup`, the old file stays as `NAME.bak`.
pub fn write_atomically(path: &Path, bytes: &[u8], keep_backup: bool) -> Result<(), SaveError> {
    write_atomically_using(path, keep_backup, |file| file.write_all(bytes))
}

/// A new private file of its own in `folder` holding `bytes` (a print page):
/// see `disk::write_new_private`.
pub fn write_new_private(
    folder: &Path,
    name: &str,
    extension: &str,
    bytes: &[u8],
) -> Result<PathBuf, SaveError> {
    disk::write_new_private(folder, name, extension, bytes)
        .map_err(|(step, reason)| SaveError::new(folder, step, reason))
}

/// `write_atomically` with the writing step given, so tests can make it fail
/// the way a full disk does.
pub fn write_atomically_using(
    path: &Path,
    keep_backup: bool,
    write: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    disk::write_atomically_using(path, keep_backup, write)
        .map_err(|(step, reason)| SaveError::new(path, step, reason))
}

fn ron_options() -> ron::Options {
    ron::Options::default()
}

/// The part of a profile a type of the model holds, in the officer's
/// words: "the city's details", never the program's own name `City`.
fn part_name(words: Language, outer: &str) -> String {
    const PARTS: [&str; 18] = [
        "Document",
        "City",
        "Leader",
        "Vision",
        "Motivations",
        "Policies",
        "PolicyArea",
        "Program",
        "Indicator",
        "Measurement",
        "BudgetLine",
        "Beneficiaries",
        "Evidence",
        "Partner",
        "Suggestions",
        "Unplaced",
        "Picture",
        "Recovery",
    ];
    let key = if PARTS.contains(&outer) {
        format!("file-part-{outer}")
    } else {
        "file-part-other".to_owned()
    };
    tr!(words, &key)
}

/// Only the version, read before the rest of the file.
#[derive(Deserialize)]
struct VersionProbe {
    #[serde(default)]
    format_version: u32,
}

/// What a RON error means for an officer.
fn problem_of(code: &ron::Error) -> LoadProblem {
    use ron::Error as E;
    match code {
        E::Eof => LoadProblem::CutOff,
        E::ExceededRecursionLimit => LoadProblem::TooDeep,
        E::MissingStructField { field, outer } => LoadProblem::MissingField {
            field: (*field).to_owned(),
            outer: outer.clone(),
        },
        E::NoSuchStructField { found, .. } => LoadProblem::UnknownField(found.clone()),
        E::NoSuchEnumVariant { found, .. } => LoadProblem::UnknownValue(found.clone()),
        E::ExpectedStringEnd => LoadProblem::UnclosedText,
        E::ExpectedArrayEnd
        | E::ExpectedMapEnd
        | E::ExpectedStructLikeEnd
        | E::ExpectedOptionEnd
        | E::UnclosedBlockComment => LoadProblem::Unclosed,
        E::ExpectedComma => LoadProblem::MissingComma,
        E::ExpectedMapColon => LoadProblem::MissingColon,
        E::ExpectedString => LoadProblem::ExpectedText,
        E::ExpectedInteger | E::ExpectedFloat => LoadProblem::ExpectedNumber,
        E::ExpectedBoolean => LoadProblem::ExpectedYesNo,
        E::UnexpectedChar(c) => LoadProblem::UnexpectedChar(*c),
        E::TrailingCharacters => LoadProblem::TrailingText,
        E::DuplicateStructField { field, .. } => LoadProblem::DuplicateField((*field).to_owned()),
        E::IntegerOutOfBounds => LoadProblem::NumberOutOfRange,
        E::InvalidValueForType { .. } => LoadProblem::WrongValue,
        E::ExpectedDifferentLength { found, .. } => LoadProblem::WrongLength(*found),
        E::ExpectedOption => LoadProblem::ExpectedOption,
        E::ExpectedArray => LoadProblem::ExpectedList,
        E::ExpectedMap => LoadProblem::ExpectedMap,
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => LoadProblem::ExpectedGroup,
        E::Io(reason) => LoadProblem::Unreadable(IoReason::Other(reason.clone())),
        E::Message(message) => match crate::model::LocalizedError::parse(message) {
            Some(crate::model::LocalizedError::DuplicateLanguage(lang)) => {
                LoadProblem::DuplicateLanguage(lang)
            }
            Some(crate::model::LocalizedError::TooLong) => LoadProblem::TextTooLong,
            None => LoadProblem::WrongValue,
        },
        _ => LoadProblem::Syntax,
    }
}

/// 1-based line and column just after the end of `text`.
fn line_col_at_end(text: &str) -> (usize, usize) {
    let line = text.matches('\n').count() + 1;
    let col = text
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count())
        + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_profile_parses() {
        parse(EMBEDDED_PROFILE, "<embedded>").expect("embedded profile must be valid");
    }

    #[test]
    fn written_files_use_unix_line_breaks_and_real_newlines_in_texts() {
        let mut doc = Document::default();
        doc.city.name.set("en", "Line one\nLine two");
        let text = to_ron(&doc).unwrap();
        assert!(!text.contains('\r'));
        assert!(text.contains("Line one\nLine two"));
    }

    #[test]
    fn a_full_disk_leaves_the_old_file_whole_and_no_temporary_file() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("profile.ron");
        std::fs::write(&path, "the officer's previous version").unwrap();
        let error = write_atomically_using(&path, true, |file| {
            file.write_all(b"half of the new ")?;
            Err(std::io::Error::new(
                std::io::ErrorKind::StorageFull,
                "No space left on device",
            ))
        })
        .unwrap_err();
        assert!(error.to_string().contains("the disk is full"), "{error}");
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "the officer's previous version"
        );
        let names: Vec<_> = std::fs::read_dir(folder.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            vec!["profile.ron".to_owned()],
            "no temporary file is left behind"
        );
    }

    #[test]
    fn a_folder_that_is_a_file_fails_cleanly() {
        let folder = tempfile::tempdir().unwrap();
        std::fs::write(folder.path().join("not-a-folder"), "").unwrap();
        let path = folder.path().join("not-a-folder").join("profile.ron");
        let error = save(&Document::default(), &path).unwrap_err();
        assert!(
            error.to_string().contains("no new file can be made in"),
            "{error}"
        );
    }

    #[test]
    fn files_over_the_limit_are_refused_before_reading() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("huge.ron");
        let file = std::fs::File::create(&path).unwrap();
        file.set_len(MAX_FILE_BYTES + 1).unwrap();
        let error = load(&path).unwrap_err();
        assert!(
            error
                .to_string()
                .ends_with("the file is 65 MB, more than a profile can be (64 MB)"),
            "{error}"
        );
        assert!(
            error
                .describe(Language::SPANISH)
                .ends_with("el archivo ocupa 65 MB, más de lo que puede ocupar un perfil (64 MB)"),
            "{}",
            error.describe(Language::SPANISH)
        );
    }

    #[test]
    fn invalid_utf8_reports_offset_and_place() {
        let err = parse_bytes(b"(\n  city: \xff", "x.ron").unwrap_err();
        assert_eq!(err.position, Some((2, 9)));
        assert!(err.to_string().contains("offset 10"), "{err}");
        assert_eq!(
            err.describe(Language::FRENCH),
            "x.ron:2:9: le fichier n’est pas du texte UTF-8 : octet invalide à la position 10"
        );
    }
}
