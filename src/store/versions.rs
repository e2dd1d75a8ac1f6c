//! Every saved version of a profile, kept in Carta's data folder (not beside
//! the file) under the profile's identity, so a renamed or moved file keeps
//! its history and a colleague's copy can be merged from the version both
//! started from. One file per version, `IDENTITY/VERSION.ron`: two windows
//! saving at once each add their own, never rewrite a shared index.

use std::path::{Path, PathBuf};

use crate::model::Document;

/// The versions of one folder (Carta's data folder's `versions`).
#[derive(Clone, Debug)]
pub struct Versions {
    root: PathBuf,
}

impl Versions {
    pub fn new(root: PathBuf) -> Self {
        Self { root }
    }

    /// Where the versions of the profile `identity` go; `None` for an
    /// identity that is not one Carta gives (a hand-edited file's).
    fn folder(&self, identity: &str) -> Option<PathBuf> {
        let ours = |id: &str| {
            !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_hexdigit())
        };
        ours(identity).then(|| self.root.join(identity))
    }

    /// Keeps `document` as its latest version (the last id of its lineage).
    pub fn keep(&self, document: &Document) -> Result<(), super::SaveError> {
        let (Some(identity), Some(version)) = (&document.identity, document.lineage.last()) else {
            return Ok(());
        };
        let Some(folder) = self.folder(identity) else {
            return Ok(());
        };
        let path = folder.join(format!("{version}.ron"));
        std::fs::create_dir_all(&folder).map_err(|error| {
            super::SaveError::new(
                &folder,
                super::SaveStep::CreateFolder,
                super::IoReason::of(&error),
            )
        })?;
        let text = super::profile_text(document, &path)?;
        super::write_atomically(&path, text.as_bytes(), false)
    }

    /// The version `version` of the profile `identity`, if kept here.
    pub fn load(&self, identity: &str, version: &str) -> Option<Document> {
        if !version.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let path = self.folder(identity)?.join(format!("{version}.ron"));
        super::load(&path).ok()
    }

    /// The latest version of `mine`'s lineage that `theirs` also descends
    /// from, as kept here: what both copies started from.
    pub fn shared(&self, mine: &Document, theirs: &Document) -> Option<Document> {
        let identity = mine.identity.as_deref()?;
        if theirs.identity.as_deref() != Some(identity) {
            return None;
        }
        (mine.lineage.iter().rev())
            .filter(|id| theirs.lineage.contains(id))
            .find_map(|id| self.load(identity, id))
    }

    /// The folder versions are kept in.
    pub fn root(&self) -> &Path {
        &self.root
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Localized;
    use crate::model::lineage::stamp_new_version;

    #[test]
    fn the_version_both_copies_started_from_is_found_again() {
        let folder = tempfile::tempdir().unwrap();
        let versions = Versions::new(folder.path().join("versions"));
        let mut mine = crate::store::embedded_profile();
        stamp_new_version(&mut mine);
        versions.keep(&mine).unwrap();
        let mailed = mine.clone();
        let mut theirs = mailed.clone();
        theirs.vision.prose = Localized::new("en", "Luis's");
        stamp_new_version(&mut theirs);
        mine.vision.prose = Localized::new("en", "Hers");
        stamp_new_version(&mut mine);
        versions.keep(&mine).unwrap();
        assert_eq!(versions.shared(&mine, &theirs), Some(mailed));
        let mut stranger = theirs.clone();
        stranger.identity = Some("0123".to_owned());
        assert_eq!(versions.shared(&mine, &stranger), None, "another profile");
    }
}
