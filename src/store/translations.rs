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

/// What a colleague sent: the name it goes by (its folder's, or its zip's)
/// and the translation's files, by name, with their text.
type Sent = (Option<String>, Vec<(&'static str, String)>);

/// The names of the files a translation is made of.
fn translation_files() -> impl Iterator<Item = &'static str> {
    FLUENT_FILES
        .iter()
        .copied()
        .chain(["language.ron", "guide.md"])
}

/// The most a translation's zip may weigh: far more than any translation.
const MAX_ZIP_BYTES: u64 = 32 << 20;

/// Copies the translation a colleague sent into the settings folder's
/// translations and adds it. `source` is its folder (named by its code), a
/// file inside that folder, or a zip of it (`eu.zip`, holding the files
/// or an `eu/` folder of them).
pub fn add_from(source: &Path, settings_dir: &Path) -> Vec<News> {
    let is_zip = source
        .extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("zip"));
    let from_folder = if source.is_file() && !is_zip {
        source.parent().unwrap_or(source)
    } else {
        source
    };
    let refused = |why| {
        vec![News::Refused {
            folder: source.to_owned(),
            why,
        }]
    };
    let (named, files) = if is_zip {
        match files_in_zip(source) {
            Ok(found) => found,
            Err(reason) => {
                return vec![News::Unreadable {
                    path: source.to_owned(),
                    reason,
                }];
            }
        }
    } else {
        let named = from_folder
            .file_name()
            .map(|name| name.to_string_lossy().into_owned());
        let mut news = Vec::new();
        let mut files = Vec::new();
        for name in translation_files() {
            match read_small(&from_folder.join(name)) {
                Ok(Some(text)) => files.push((name, text)),
                Ok(None) => {}
                Err(reason) => news.push(News::Unreadable {
                    path: from_folder.join(name),
                    reason,
                }),
            }
        }
        if !news.is_empty() {
            return news;
        }
        (named, files)
    };
    // Checked before anything is copied: a wrong folder leaves nothing behind.
    let Some(code) = named.as_deref().and_then(crate::i18n::names::canonical) else {
        return refused(Refused::NotACode);
    };
    if let Some(language) = Language::from_code(&code).filter(|language| !language.is_added()) {
        return refused(Refused::BuiltIn(language));
    }
    let target = folder(settings_dir).join(&code);
    if let Err(error) = std::fs::create_dir_all(&target) {
        return vec![News::Unreadable {
            path: target,
            reason: IoReason::of(&error),
        }];
    }
    let mut news = Vec::new();
    for (name, text) in files {
        if let Err(error) = super::write_atomically(&target.join(name), text.as_bytes(), true) {
            news.push(News::Unreadable {
                path: target.join(name),
                reason: IoReason::Other(error.describe(Language::ENGLISH)),
            });
        }
    }
    news.extend(load_one(&target));
    news
}

/// The language a zip is named for and the translation's files in it: at
/// its top or in one folder, each read only if it is one of a translation's
/// files and small enough; nothing else in it is looked at.
fn files_in_zip(path: &Path) -> Result<Sent, IoReason> {
    use std::io::Read as _;
    let metadata = std::fs::metadata(path).map_err(|error| IoReason::of(&error))?;
    if metadata.len() > MAX_ZIP_BYTES {
        return Err(IoReason::TooLarge(metadata.len()));
    }
    let file = std::fs::File::open(path).map_err(|error| IoReason::of(&error))?;
    let mut archive =
        zip::ZipArchive::new(file).map_err(|error| IoReason::Other(error.to_string()))?;
    let mut folder_named = None;
    let mut files = Vec::new();
    for index in 0..archive.len() {
        let Ok(mut entry) = archive.by_index(index) else {
            continue;
        };
        let Ok(name) = entry.name().map(|name| name.replace('\\', "/")) else {
            continue;
        };
        let (inside, file_name) = match name.rsplit_once('/') {
            Some((inside, file_name)) => (Some(inside.to_owned()), file_name.to_owned()),
            None => (None, name.clone()),
        };
        let Some(known) = translation_files().find(|known| *known == file_name) else {
            continue;
        };
        if entry.size() > added::MAX_FILE_BYTES as u64 {
            return Err(IoReason::TooLarge(entry.size()));
        }
        let mut bytes = Vec::new();
        (&mut entry)
            .take(added::MAX_FILE_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|error| IoReason::of(&error))?;
        let text = String::from_utf8_lossy(&bytes);
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned();
        if let Some(inside) = inside {
            folder_named = inside.rsplit('/').next().map(str::to_owned);
        }
        files.push((known, text));
    }
    let stem = path
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned());
    Ok((folder_named.or(stem), files))
}
