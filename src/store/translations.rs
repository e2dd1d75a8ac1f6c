//! Translations the officer adds, kept as folders under the settings
//! folder's `translations/`: one folder per language, named by its code,
//! holding the same files as a built-in language (`assets/i18n/<code>/`).
//! Written as a template for a translator, read back at start, and copied
//! in from a folder a colleague sent.

use std::path::{Path, PathBuf};

use crate::i18n::added::{self, Added, Refused, SyntaxProblem, Translation};
use crate::i18n::{FLUENT_FILES, Language};
use crate::tr;

use super::IoReason;

/// At most this many languages are read from the folder: a folder holding
/// thousands of entries is not a set of translations.
pub const MAX_TRANSLATIONS: usize = 64;

/// Entries of any kind looked at in the translations folder: stray files
/// beside the translations are passed over, quickly, up to this many.
const MAX_ENTRIES: usize = 100_000;

/// The folder translations are kept in, inside the settings folder.
pub fn folder(settings_dir: &Path) -> PathBuf {
    settings_dir.join("translations")
}

/// What reading or adding translations found, to tell the officer.
#[derive(Clone, Debug)]
pub enum News {
    Added(Added),
    Refused { folder: PathBuf, why: Refused },
    Unreadable { path: PathBuf, reason: IoReason },
    TooMany { folder: PathBuf },
}

impl News {
    /// The news in `words`, a line for each syntax problem after the first.
    pub fn describe(&self, words: Language) -> String {
        match self {
            Self::Added(added) => {
                let mut said = tr!(
                    words,
                    "translation-loaded",
                    name = added.language.native_name(),
                    translated = added.translated,
                    total = added.total
                );
                for problem in &added.problems {
                    said.push('\n');
                    said.push_str(&describe_problem(words, added.language, problem));
                }
                said
            }
            Self::Refused {
                folder,
                why: Refused::NotACode,
            } => tr!(
                words,
                "translation-not-a-code",
                folder = super::path_shown(folder)
            ),
            Self::Refused {
                folder,
                why: Refused::BuiltIn(language),
            } => tr!(
                words,
                "translation-built-in",
                folder = super::path_shown(folder),
                language = language.native_name()
            ),
            Self::Unreadable { path, reason } => tr!(
                words,
                "translation-unreadable",
                path = super::path_shown(path),
                reason = reason.message(words)
            ),
            Self::TooMany { folder } => tr!(
                words,
                "translation-too-many",
                count = MAX_TRANSLATIONS,
                folder = super::path_shown(folder)
            ),
        }
    }

    /// True when something in it needs the officer's eye.
    pub fn is_problem(&self) -> bool {
        !matches!(self, Self::Added(added) if added.problems.is_empty())
    }
}

/// "eu/app.ftl, line 12, column 5: …".
fn describe_problem(words: Language, language: Language, problem: &SyntaxProblem) -> String {
    tr!(
        words,
        "translation-syntax",
        file = format!("{}/{}", language.code(), problem.file),
        line = problem.line,
        column = problem.column,
        what = problem.what.as_str()
    )
}

/// Reads every translation under `settings_dir` and adds it to Carta's
/// languages. A translation Carta cannot use is left out and said.
pub fn load_all(settings_dir: &Path) -> Vec<News> {
    let root = folder(settings_dir);
    match std::fs::metadata(&root) {
        // No translations yet (or no settings folder, which is said
        // elsewhere): nothing to say.
        Err(_) => return Vec::new(),
        Ok(found) if !found.is_dir() => {
            return vec![News::Unreadable {
                path: root,
                reason: IoReason::NotAFolder,
            }];
        }
        Ok(_) => {}
    }
    let entries = match std::fs::read_dir(&root) {
        Ok(entries) => entries,
        Err(error) => {
            return vec![News::Unreadable {
                path: root,
                reason: IoReason::of(&error),
            }];
        }
    };
    let mut folders: Vec<PathBuf> = Vec::new();
    let mut news = Vec::new();
    // Only folders are translations; stop looking after a generous number
    // of entries of any kind.
    for entry in entries.take(MAX_ENTRIES).flatten() {
        if entry.file_type().is_ok_and(|kind| kind.is_dir()) {
            folders.push(entry.path());
        }
    }
    folders.sort();
    if folders.len() > MAX_TRANSLATIONS {
        folders.truncate(MAX_TRANSLATIONS);
        news.push(News::TooMany {
            folder: root.clone(),
        });
    }
    for language in folders {
        news.extend(load_one(&language));
    }
    news
}

/// Reads the translation in `language_folder` and adds it.
pub fn load_one(language_folder: &Path) -> Vec<News> {
    let mut news = Vec::new();
    let code = language_folder
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut read = |name: &str| -> Option<String> {
        let path = language_folder.join(name);
        match read_small(&path) {
            Ok(text) => text,
            Err(reason) => {
                news.push(News::Unreadable { path, reason });
                None
            }
        }
    };
    let about = read("language.ron");
    let guide = read("guide.md");
    let files = FLUENT_FILES
        .iter()
        .filter_map(|file| read(file).map(|text| ((*file).to_owned(), text)))
        .collect();
    let translation = Translation {
        code,
        about,
        files,
        guide,
        folder: language_folder.to_owned(),
    };
    news.push(match added::add(translation) {
        Ok(added) => News::Added(added),
        Err(why) => News::Refused {
            folder: language_folder.to_owned(),
            why,
        },
    });
    news
}

/// A file of a translation: `None` when it is not there, an error when it
/// cannot be read or is far larger than any translation.
fn read_small(path: &Path) -> Result<Option<String>, IoReason> {
    match std::fs::metadata(path) {
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(IoReason::of(&error)),
        Ok(metadata) if metadata.len() > added::MAX_FILE_BYTES as u64 => {
            return Err(IoReason::TooLarge(metadata.len()));
        }
        Ok(_) => {}
    }
    let bytes = super::read_capped(path)?;
    let text = String::from_utf8_lossy(&bytes);
    // Notepad's "UTF-8 with BOM" is UTF-8 all the same.
    Ok(Some(
        text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned(),
    ))
}

/// Writes the phrases to translate into `translations/<code>/`, English
/// and `beside` shown as comments, and returns the folder. A file already
/// there is the translator's work and is never replaced.
pub fn write_template(
    settings_dir: &Path,
    code: &str,
    beside: Language,
) -> Result<PathBuf, IoReason> {
    let language_folder = folder(settings_dir).join(code);
    std::fs::create_dir_all(&language_folder).map_err(|error| IoReason::of(&error))?;
    let about = format!(
        "// What this language brings besides its phrases.\n(\n    native_name: {:?},\n)\n",
        crate::i18n::names::own_name(code)
    );
    let mut files = added::template(beside);
    files.push(("language.ron", about));
    files.push(("guide.md", Language::ENGLISH.guide().to_owned()));
    for (name, text) in files {
        let path = language_folder.join(name);
        if path.exists() {
            continue;
        }
        super::write_atomically(&path, text.as_bytes(), false)
            .map_err(|error| IoReason::Other(error.describe(beside)))?;
    }
    Ok(language_folder)
}

/// Copies the translation in `source` (a folder named by its code, as a
/// colleague sends it) into the settings folder's translations and adds it.
pub fn add_from(source: &Path, settings_dir: &Path) -> Vec<News> {
    let Some(code) = source
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
    else {
        return vec![News::Refused {
            folder: source.to_owned(),
            why: Refused::NotACode,
        }];
    };
    // Checked before anything is copied: a wrong folder leaves nothing behind.
    let Some(code) = crate::i18n::names::canonical(&code) else {
        return vec![News::Refused {
            folder: source.to_owned(),
            why: Refused::NotACode,
        }];
    };
    if let Some(language) = Language::from_code(&code).filter(|language| !language.is_added()) {
        return vec![News::Refused {
            folder: source.to_owned(),
            why: Refused::BuiltIn(language),
        }];
    }
    let target = folder(settings_dir).join(&code);
    if let Err(error) = std::fs::create_dir_all(&target) {
        return vec![News::Unreadable {
            path: target,
            reason: IoReason::of(&error),
        }];
    }
    let mut news = Vec::new();
    let names = FLUENT_FILES
        .iter()
        .copied()
        .chain(["language.ron", "guide.md"]);
    for name in names {
        match read_small(&source.join(name)) {
            Ok(Some(text)) => {
                if let Err(error) =
                    super::write_atomically(&target.join(name), text.as_bytes(), true)
                {
                    news.push(News::Unreadable {
                        path: target.join(name),
                        reason: IoReason::Other(error.describe(Language::ENGLISH)),
                    });
                }
            }
            Ok(None) => {}
            Err(reason) => news.push(News::Unreadable {
                path: source.join(name),
                reason,
            }),
        }
    }
    news.extend(load_one(&target));
    news
}
