//! Every saved version of a profile, kept in Carta's data folder (not beside
//! the file) under the profile's identity, so a renamed or moved file keeps
//! its history and a colleague's copy can be merged from the version both
//! started from.
//!
//! Each version is two files in `IDENTITY/`: `VERSION.ron.gz`, the profile
//! compressed, and `VERSION.about.ron`, when and by whom it was saved, from
//! which version, and what it changed (in counts, worded when shown). Two
//! windows saving at once each add their own files; no shared index is
//! rewritten. Old versions are thinned as backup software does — every one of
//! the last day, the newest of each day for a month, of each month after —
//! and a profile's versions never take more than `MAX_BYTES`.

use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{IoReason, SaveError, SaveStep};
use crate::model::Document;
use crate::model::diff::{Counts, diff};
use crate::model::lineage::is_id;

/// The most one profile's versions may take on disk.
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// A day, in the milliseconds versions are timed in.
const DAY: u64 = 24 * 3600 * 1000;

/// What is known of one version besides its content.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Record {
    pub id: String,
    /// Milliseconds since 1970 (two saves in one second stay in order).
    pub saved_at: u64,
    /// Who saved it, as the officer gave her name.
    pub author: String,
    /// The version it was saved over (two after a merge).
    pub parents: Vec<String>,
    /// What it changed from its parent.
    pub changes: Counts,
}

/// The versions of one folder (Carta's data folder's `versions`).
#[derive(Clone, Debug)]
pub struct Versions {
    root: PathBuf,
}

impl Versions {
    pub fn new(root: PathBuf) -> Self {
        Self { root }
    }

    /// The folder versions are kept in.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where the versions of the profile `identity` go; `None` for an
    /// identity that is not one Carta gives (a hand-edited file's).
    fn folder(&self, identity: &str) -> Option<PathBuf> {
        is_id(identity).then(|| self.root.join(identity))
    }

    /// Keeps `document` as its latest version (the last id of its lineage),
    /// saved by `author` at `now` (milliseconds since 1970); then thins the
    /// profile's older versions.
    pub fn keep(&self, document: &Document, author: &str, now: u64) -> Result<Record, SaveError> {
        let (Some(identity), Some(version)) = (&document.identity, document.lineage.last()) else {
            return Ok(Record::default());
        };
        let Some(folder) = self.folder(identity).filter(|_| is_id(version)) else {
            return Ok(Record::default());
        };
        // The parent is the latest earlier version kept here; after a
        // merge, the colleague's latest (named just before this one in the
        // lineage, kept on their computer) is a second parent.
        let earlier = &document.lineage[..document.lineage.len() - 1];
        let kept = (earlier.iter().rev())
            .find_map(|id| self.load(identity, id).map(|before| (id, before)));
        let changes = match &kept {
            Some((_, before)) => Counts::of(&diff(before, document)),
            None => Counts::default(),
        };
        let mut parents: Vec<String> = kept.iter().map(|(id, _)| (*id).clone()).collect();
        if let Some(last) = earlier.last().filter(|last| !parents.contains(last)) {
            parents.push(last.clone());
        }
        let record = Record {
            id: version.clone(),
            saved_at: now,
            author: author.to_owned(),
            parents,
            changes,
        };
        let place = folder.clone();
        let fail = |step| {
            let place = place.clone();
            move |error: std::io::Error| SaveError::new(&place, step, IoReason::of(&error))
        };
        std::fs::create_dir_all(&folder).map_err(fail(SaveStep::CreateFolder))?;
        let text = super::profile_text(document, &folder)?;
        let mut packed = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        packed
            .write_all(text.as_bytes())
            .map_err(fail(SaveStep::Write))?;
        let packed = packed.finish().map_err(fail(SaveStep::Write))?;
        super::write_atomically(&folder.join(format!("{version}.ron.gz")), &packed, false)?;
        let about = ron::ser::to_string_pretty(&record, super::pretty_config()).unwrap_or_default();
        super::write_atomically(
            &folder.join(format!("{version}.about.ron")),
            about.as_bytes(),
            false,
        )?;
        self.thin(identity, now, MAX_BYTES, &document.lineage);
        Ok(record)
    }

    /// The version `version` of the profile `identity`, if kept here.
    pub fn load(&self, identity: &str, version: &str) -> Option<Document> {
        if !is_id(version) {
            return None;
        }
        let path = self.folder(identity)?.join(format!("{version}.ron.gz"));
        let packed = super::read_capped(&path).ok()?;
        let mut text = Vec::new();
        // Unpacked, a version is a profile: capped like any.
        flate2::read::GzDecoder::new(packed.as_slice())
            .take(super::MAX_FILE_BYTES + 1)
            .read_to_end(&mut text)
            .ok()?;
        super::parse_bytes(&text, &path.display().to_string()).ok()
    }

    /// The versions of the profile `identity`, newest first.
    pub fn list(&self, identity: &str) -> Vec<Record> {
        let Some(folder) = self.folder(identity) else {
            return Vec::new();
        };
        let Ok(entries) = std::fs::read_dir(&folder) else {
            return Vec::new();
        };
        let mut records: Vec<Record> = entries
            .flatten()
            .filter(|entry| entry.file_name().to_string_lossy().ends_with(".about.ron"))
            .filter_map(|entry| {
                let bytes = super::read_capped(&entry.path()).ok()?;
                ron::from_str(std::str::from_utf8(&bytes).ok()?).ok()
            })
            .filter(|record: &Record| is_id(&record.id))
            .collect();
        records.sort_by(|a, b| b.saved_at.cmp(&a.saved_at).then_with(|| b.id.cmp(&a.id)));
        records
    }

    /// The latest version of `mine`'s lineage that `theirs` also descends
    /// from, as kept here: what both copies started from.
    pub fn shared(&self, mine: &Document, theirs: &Document) -> Option<Document> {
        let identity = mine.identity.as_deref()?;
        if theirs.identity.as_deref() != Some(identity) {
            return None;
        }
        // The newest both name, or none: an older one would make changes
        // made since it look like the other side's, and undo them.
        let newest = crate::model::lineage::shared(&mine.lineage, &theirs.lineage)?;
        self.load(identity, newest)
    }

    /// Removes the versions the thinning lets go, then the oldest while the
    /// profile's versions take more than `cap` bytes. The versions the file
    /// names (`lineage`) stay whatever their age: a colleague's copy may
    /// have started from any of them.
    fn thin(&self, identity: &str, now: u64, cap: u64, lineage: &[String]) {
        let Some(folder) = self.folder(identity) else {
            return;
        };
        let records = self.list(identity);
        let mut kept = thinned(&records, now);
        for record in &records {
            let named = lineage.contains(&record.id);
            if named && !kept.iter().any(|kept| kept.id == record.id) {
                kept.push(record);
            }
        }
        kept.sort_by_key(|record| std::cmp::Reverse(record.saved_at));
        // Sizes taken once: another window thinning meanwhile cannot make
        // this one count a removed file as nothing and go on removing.
        let sizes: std::collections::HashMap<&str, u64> = (records.iter())
            .map(|record| {
                let size = ["ron.gz", "about.ron"]
                    .iter()
                    .filter_map(|end| {
                        std::fs::metadata(folder.join(format!("{}.{end}", record.id))).ok()
                    })
                    .map(|meta| meta.len())
                    .sum::<u64>();
                (record.id.as_str(), size)
            })
            .collect();
        let size = |id: &str| sizes.get(id).copied().unwrap_or(0);
        let mut total: u64 = kept.iter().map(|record| size(&record.id)).sum();
        // Over the cap: the oldest go, never the newest.
        while total > cap && kept.len() > 1 {
            if let Some(oldest) = kept.pop() {
                total = total.saturating_sub(size(&oldest.id));
            }
        }
        // A version whose record was never written (Carta stopped between
        // the two files) is neither listed nor counted: let it go once old.
        if let Ok(entries) = std::fs::read_dir(&folder) {
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                let Some(id) = name.strip_suffix(".ron.gz") else {
                    continue;
                };
                let old = (entry.metadata().and_then(|m| m.modified()).ok())
                    .and_then(|at| at.elapsed().ok())
                    .is_some_and(|age| age.as_secs() > 3600);
                if old && !records.iter().any(|record| record.id == id) {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
        }
        for record in &records {
            if !kept.iter().any(|kept| kept.id == record.id) {
                for end in ["ron.gz", "about.ron"] {
                    let _ = std::fs::remove_file(folder.join(format!("{}.{end}", record.id)));
                }
            }
        }
    }

    /// How many versions are kept, of how many profiles, in how many bytes.
    pub fn usage(&self) -> (usize, usize, u64) {
        let (mut versions, mut profiles, mut bytes) = (0, 0, 0);
        let Ok(folders) = std::fs::read_dir(&self.root) else {
            return (0, 0, 0);
        };
        for folder in folders.flatten() {
            let Ok(files) = std::fs::read_dir(folder.path()) else {
                continue;
            };
            profiles += 1;
            for file in files.flatten() {
                bytes += file.metadata().map_or(0, |meta| meta.len());
                versions += usize::from(file.file_name().to_string_lossy().ends_with(".ron.gz"));
            }
        }
        (versions, profiles, bytes)
    }
}

/// The versions kept of `records` (newest first) at `now`: every one of the
/// last day, the newest of each day for thirty days, of each month after.
fn thinned(records: &[Record], now: u64) -> Vec<&Record> {
    let mut kept: Vec<&Record> = Vec::new();
    let mut last_bucket = None;
    for record in records {
        let age = now.saturating_sub(record.saved_at);
        let bucket = if age < DAY {
            None
        } else if age < 30 * DAY {
            Some((0, record.saved_at / DAY))
        } else {
            Some((1, record.saved_at / (30 * DAY)))
        };
        if bucket.is_none() || bucket != last_bucket {
            kept.push(record);
        }
        last_bucket = bucket;
    }
    kept
}

/// Milliseconds since 1970, now.
pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| {
            u64::try_from(since.as_millis()).unwrap_or(u64::MAX)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lineage::stamp_new_version;
    use crate::model::{Localized, ProgramStatus};

    #[test]
    fn the_version_both_copies_started_from_is_found_again() {
        let folder = tempfile::tempdir().unwrap();
        let versions = Versions::new(folder.path().join("versions"));
        let mut mine = crate::store::embedded_profile();
        stamp_new_version(&mut mine);
        versions.keep(&mine, "Lucía", 1000).unwrap();
        let mailed = mine.clone();
        let mut theirs = mailed.clone();
        theirs.vision.prose = Localized::new("en", "Luis's");
        stamp_new_version(&mut theirs);
        mine.vision.prose = Localized::new("en", "Hers");
        mine.programs[0].status = ProgramStatus::Paused;
        stamp_new_version(&mut mine);
        let record = versions.keep(&mine, "Lucía", 2000).unwrap();
        assert_eq!(record.changes.parts, ["vision"]);
        assert_eq!(record.changes.programs_changed, 1);
        assert_eq!(versions.shared(&mine, &theirs), Some(mailed));
        let listed = versions.list(mine.identity.as_deref().unwrap());
        assert_eq!(listed.len(), 2);
        assert_eq!(listed[0], record, "newest first");
        let mut stranger = theirs.clone();
        stranger.identity = Some("0123".to_owned());
        assert_eq!(versions.shared(&mine, &stranger), None, "another profile");
    }

    #[test]
    fn old_versions_thin_to_one_a_day_then_one_a_month() {
        let now = 400 * DAY;
        let at = |seconds: u64| Record {
            id: format!("{seconds:x}"),
            saved_at: seconds,
            ..Record::default()
        };
        let mut records: Vec<Record> = vec![
            at(now - 10),
            at(now - 20),
            at(now - 3 * DAY - 10),
            at(now - 3 * DAY - 20),
            at(now - 200 * DAY),
            at(now - 200 * DAY - 100),
        ];
        records.sort_by_key(|record| std::cmp::Reverse(record.saved_at));
        let kept: Vec<u64> = thinned(&records, now).iter().map(|r| r.saved_at).collect();
        assert_eq!(
            kept,
            [now - 10, now - 20, now - 3 * DAY - 10, now - 200 * DAY]
        );
    }

    #[test]
    fn a_full_store_lets_the_oldest_versions_go_never_the_newest() {
        let folder = tempfile::tempdir().unwrap();
        let versions = Versions::new(folder.path().join("versions"));
        let mut document = crate::store::embedded_profile();
        for save in 0..6 {
            document.programs[0]
                .title
                .set("en", format!("Saved {save} times"));
            stamp_new_version(&mut document);
            versions.keep(&document, "", 1_000 + save).unwrap();
        }
        let identity = document.identity.clone().unwrap();
        let one = {
            let (_, _, bytes) = versions.usage();
            bytes / 6
        };
        versions.thin(&identity, 2_000, one * 3, &[]);
        let left = versions.list(&identity);
        assert!(left.len() <= 3 && !left.is_empty(), "{}", left.len());
        assert_eq!(
            &left[0].id,
            document.lineage.last().unwrap(),
            "the newest stays"
        );
    }

    #[test]
    fn a_merged_version_names_both_parents() {
        let folder = tempfile::tempdir().unwrap();
        let versions = Versions::new(folder.path().join("versions"));
        let mut mine = crate::store::embedded_profile();
        stamp_new_version(&mut mine);
        versions.keep(&mine, "", 1).unwrap();
        let mut theirs = mine.clone();
        stamp_new_version(&mut theirs);
        let own = mine.lineage.last().cloned().unwrap();
        let their = theirs.lineage.last().cloned().unwrap();
        mine.lineage = crate::model::lineage::joined(&mine.lineage, &theirs.lineage);
        stamp_new_version(&mut mine);
        let record = versions.keep(&mine, "", 2).unwrap();
        assert_eq!(record.parents, [own, their]);
    }

    #[test]
    fn a_folder_that_cannot_be_written_is_an_error_not_a_panic() {
        let folder = tempfile::tempdir().unwrap();
        let blocked = folder.path().join("file");
        std::fs::write(&blocked, "not a folder").unwrap();
        let versions = Versions::new(blocked);
        let mut document = crate::store::embedded_profile();
        stamp_new_version(&mut document);
        assert!(versions.keep(&document, "", 0).is_err());
    }
}
