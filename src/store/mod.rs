//! Profile files: RON text in and out, format versions, atomic saves.
//! Knows the model and the file system; nothing of screens.

mod migrate;
pub mod recovery;

use std::fmt;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::model::{Document, FORMAT_VERSION};

/// The San Antonio (Chile) profile shipped inside the binary.
pub const EMBEDDED_PROFILE: &str = include_str!("../../assets/san-antonio-chile.ron");

/// Files larger than this are refused before they are read: a profile with ten
/// thousand programs is 14 MB, so this leaves ample room.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Why a profile could not be read; `Display` gives `FILE:LINE:COL: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// The file's path as the officer named it, or a label such as `<embedded>`.
    pub source: String,
    /// 1-based line and column, when the problem has a place in the text.
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, col)) => write!(f, "{}:{line}:{col}: {}", self.source, self.message),
            None => write!(f, "{}: {}", self.source, self.message),
        }
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
    let io_error = |err: std::io::Error| LoadError {
        source: source.clone(),
        position: None,
        message: format!("cannot read the file: {err}"),
    };
    let size = std::fs::metadata(path).map_err(io_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError {
            source,
            position: None,
            message: format!(
                "the file is {size} bytes, more than a profile can be ({MAX_FILE_BYTES} bytes)"
            ),
        });
    }
    let bytes = std::fs::read(path).map_err(io_error)?;
    parse_bytes(&bytes, &source)
}

/// Reads a profile from raw bytes, checking they are UTF-8 first.
pub fn parse_bytes(bytes: &[u8], source: &str) -> Result<Document, LoadError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text, source),
        Err(err) => {
            let valid = &bytes[..err.valid_up_to()];
            let valid = std::str::from_utf8(valid).unwrap_or_default();
            Err(LoadError {
                source: source.to_owned(),
                position: Some(line_col_at_end(valid)),
                message: format!(
                    "the file is not UTF-8 text: invalid byte at offset {}",
                    err.valid_up_to()
                ),
            })
        }
    }
}

/// Reads a profile from RON text, migrating older format versions.
pub fn parse(text: &str, source: &str) -> Result<Document, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError {
            source: source.to_owned(),
            position: Some((1, 1)),
            message: "the file is empty; expected a Carta profile".to_owned(),
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
                message: describe(&err.code),
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
        message: format!(
            "written in file format version {version}, but this Carta reads versions up to \
             {FORMAT_VERSION}; please update Carta to open it"
        ),
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

/// Why a save failed.
#[derive(Debug)]
pub struct SaveError {
    pub path: PathBuf,
    pub message: String,
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for SaveError {}

/// Saves atomically: the text goes to a temporary file in the same folder, is
/// flushed to disk, and only then renamed over the target. The previous version
/// is kept as `NAME.ron.bak`. A crash at any moment leaves either the old or the
/// new file whole, never a half-written one.
pub fn save(document: &Document, path: &Path) -> Result<(), SaveError> {
    let text = to_ron(document).map_err(|err| SaveError {
        path: path.to_owned(),
        message: format!("cannot write the profile: {err}"),
    })?;
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
    let fail = |message: String| SaveError {
        path: path.to_owned(),
        message,
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".carta-save-")
        .tempfile_in(folder)
        .map_err(|err| {
            fail(format!(
                "cannot create a file in {}: {err}",
                folder.display()
            ))
        })?;
    // Temporary files are private (0600); a profile is meant to be shared, so it
    // keeps the permissions of the file it replaces, or gets the usual ones.
    let permissions = std::fs::metadata(path)
        .map(|existing| existing.permissions())
        .ok()
        .or_else(default_permissions);
    if let Some(permissions) = permissions {
        temp.as_file()
            .set_permissions(permissions)
            .map_err(|err| fail(format!("cannot set the file's permissions: {err}")))?;
    }
    write(temp.as_file_mut())
        .and_then(|()| temp.flush())
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|err| fail(format!("cannot write: {err}")))?;
    if keep_backup && path.exists() {
        std::fs::copy(path, backup_path(path))
            .map_err(|err| fail(format!("cannot keep the previous version as .bak: {err}")))?;
    }
    temp.persist(path)
        .map_err(|err| fail(format!("cannot replace the file: {}", err.error)))?;
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

/// A message an officer can act on, built from a RON error.
fn describe(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::Eof => "the file ends too early; it may have been cut off".to_owned(),
        E::ExceededRecursionLimit => {
            "the file is nested too deeply to be a Carta profile".to_owned()
        }
        E::MissingStructField { field, outer } => match outer {
            Some(outer) => format!("`{outer}` lacks the required field `{field}`"),
            None => format!("the required field `{field}` is missing"),
        },
        other => other.to_string(),
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
            error.to_string().contains("cannot create a file in"),
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
            error.message.contains("more than a profile can be"),
            "{error}"
        );
    }

    #[test]
    fn invalid_utf8_reports_offset_and_place() {
        let err = parse_bytes(b"(\n  city: \xff", "x.ron").unwrap_err();
        assert_eq!(err.position, Some((2, 9)));
        assert!(err.message.contains("offset 10"), "{}", err.message);
    }
}
