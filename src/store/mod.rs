//! Profile files: RON text in and out, format versions, atomic saves.
//! Knows the model and the file system; nothing of screens.

mod migrate;
pub mod recovery;

use std::fmt;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::i18n::Language;
use crate::model::{Document, FORMAT_VERSION};
use crate::tr;

/// The San Antonio (Chile) profile shipped inside the binary.
pub const EMBEDDED_PROFILE: &str = include_str!("../../assets/san-antonio-chile.ron");

/// Files larger than this are refused before they are read: a profile with ten
/// thousand programs is 14 MB, so this leaves ample room.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

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
    /// The system refused to read it; its own explanation.
    Unreadable(String),
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
    /// The text is not a well-formed profile; the parser's own (English) words.
    Syntax(String),
}

impl LoadProblem {
    /// The problem in `words`, as a sentence an officer can act on.
    pub fn message(&self, words: Language) -> String {
        match self {
            Self::Unreadable(reason) => tr!(words, "load-unreadable", reason = reason.as_str()),
            Self::TooLarge { bytes } => tr!(
                words,
                "load-too-large",
                megabytes = bytes.div_ceil(1024 * 1024),
                limit = MAX_FILE_BYTES / (1024 * 1024)
            ),
            Self::NotUtf8 { offset } => tr!(words, "load-not-utf8", offset = *offset),
            Self::Empty => tr!(words, "load-empty"),
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
                    outer = outer.as_str()
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
            Self::Syntax(detail) => tr!(words, "load-syntax", detail = detail.as_str()),
        }
    }
}

impl LoadError {
    /// The system refused to read `source`.
    pub fn unreadable(source: &str, error: &std::io::Error) -> Self {
        Self {
            source: source.to_owned(),
            position: None,
            problem: LoadProblem::Unreadable(error.to_string()),
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
        f.write_str(&self.describe(Language::English))
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
    let source = path.display().to_string();
    let io_error = |err: std::io::Error| LoadError::unreadable(&source, &err);
    let size = std::fs::metadata(path).map_err(io_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError {
            source,
            position: None,
            problem: LoadProblem::TooLarge { bytes: size },
        });
    }
    let bytes = std::fs::read(path).map_err(io_error)?;
    parse_bytes(&bytes, &source)
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

/// Reads a profile from RON text, migrating older format versions.
pub fn parse(text: &str, source: &str) -> Result<Document, LoadError> {
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
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .escape_strings(false)
        .compact_arrays(true)
        .compact_maps(true)
        .struct_names(false);
    let mut text = ron::Options::default().to_string_pretty(document, config)?;
    text.push('\n');
    Ok(text)
}

/// Why a save failed: the step that failed and the system's own reason.
/// `Display` says it in English, `describe` in the officer's language.
#[derive(Debug)]
pub struct SaveError {
    pub path: PathBuf,
    pub step: SaveStep,
    pub reason: String,
}

/// The step of a save that failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStep {
    /// Turning the document into text.
    Serialize,
    CreateFolder,
    /// Creating the temporary file in this folder.
    CreateTemporary(PathBuf),
    Permissions,
    Write,
    KeepBackup,
    Replace,
}

impl SaveError {
    fn new(path: &Path, step: SaveStep, reason: impl fmt::Display) -> Self {
        Self {
            path: path.to_owned(),
            step,
            reason: reason.to_string(),
        }
    }

    /// `FILE: message`, the message in `words`.
    pub fn describe(&self, words: Language) -> String {
        let reason = self.reason.as_str();
        let message = match &self.step {
            SaveStep::Serialize => tr!(words, "save-serialize", reason = reason),
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
        f.write_str(&self.describe(Language::English))
    }
}

impl std::error::Error for SaveError {}

/// Saves atomically: the text goes to a temporary file in the same folder, is
/// flushed to disk, and only then renamed over the target. The previous version
/// is kept as `NAME.ron.bak`. A crash at any moment leaves either the old or the
/// new file whole, never a half-written one.
pub fn save(document: &Document, path: &Path) -> Result<(), SaveError> {
    let text = to_ron(document).map_err(|err| SaveError::new(path, SaveStep::Serialize, err))?;
    write_atomically(path, text.as_bytes(), true)
}

/// Writes `bytes` to `path` so that a crash leaves the old file or the new one,
/// never half of one; with `keep_backup`, the old file stays as `NAME.bak`.
pub fn write_atomically(path: &Path, bytes: &[u8], keep_backup: bool) -> Result<(), SaveError> {
    write_atomically_using(path, keep_backup, |file| file.write_all(bytes))
}

/// `write_atomically` with the writing step given, so tests can make it fail
/// the way a full disk does.
pub fn write_atomically_using(
    path: &Path,
    keep_backup: bool,
    write: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    let fail = |step, reason: std::io::Error| SaveError::new(path, step, reason);
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".carta-save-")
        .tempfile_in(folder)
        .map_err(|err| fail(SaveStep::CreateTemporary(folder.to_owned()), err))?;
    // Temporary files are private (0600); a profile is meant to be shared, so it
    // keeps the permissions of the file it replaces, or gets the usual ones.
    let permissions = std::fs::metadata(path)
        .map(|existing| existing.permissions())
        .ok()
        .or_else(default_permissions);
    if let Some(permissions) = permissions {
        temp.as_file()
            .set_permissions(permissions)
            .map_err(|err| fail(SaveStep::Permissions, err))?;
    }
    write(temp.as_file_mut())
        .and_then(|()| temp.flush())
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|err| fail(SaveStep::Write, err))?;
    if keep_backup && path.exists() {
        std::fs::copy(path, backup_path(path)).map_err(|err| fail(SaveStep::KeepBackup, err))?;
    }
    temp.persist(path)
        .map_err(|err| fail(SaveStep::Replace, err.error))?;
    Ok(())
}

#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt as _;
    Some(std::fs::Permissions::from_mode(0o644))
}

/// Elsewhere a new file's permissions come from its folder.
#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}

/// What a file on disk looked like when Carta last read or wrote it: a change
/// by another program shows as a different stamp.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileStamp {
    pub modified: Option<std::time::SystemTime>,
    pub len: u64,
}

/// The file's stamp, or `None` when it is gone.
pub fn stamp(path: &Path) -> Option<FileStamp> {
    let metadata = std::fs::metadata(path).ok()?;
    Some(FileStamp {
        modified: metadata.modified().ok(),
        len: metadata.len(),
    })
}

/// Where `save` keeps the previous version of `path`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".bak");
    path.with_file_name(name)
}

fn ron_options() -> ron::Options {
    ron::Options::default()
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
        other => LoadProblem::Syntax(other.to_string()),
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
        assert!(
            error.to_string().contains("No space left on device"),
            "{error}"
        );
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
                .describe(Language::Spanish)
                .ends_with("el archivo ocupa 65 MB, más de lo que puede ocupar un perfil (64 MB)"),
            "{}",
            error.describe(Language::Spanish)
        );
    }

    #[test]
    fn invalid_utf8_reports_offset_and_place() {
        let err = parse_bytes(b"(\n  city: \xff", "x.ron").unwrap_err();
        assert_eq!(err.position, Some((2, 9)));
        assert!(err.to_string().contains("offset 10"), "{err}");
        assert_eq!(
            err.describe(Language::French),
            "x.ron:2:9: le fichier n'est pas du texte UTF-8 : octet invalide à la position 10"
        );
    }
}
