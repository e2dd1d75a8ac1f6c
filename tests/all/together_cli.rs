//! Working together on the command line: `carta diff`, `carta merge` and
//! git's merge driver, as a city that keeps its profiles in git uses them.

use std::path::{Path, PathBuf};

use carta::model::{Document, Localized, ProgramStatus};
use carta::store;

use crate::support::carta_command as carta;

/// `document` written as `folder/name`, with no backup beside it (in a git
/// working tree it would be a stray file).
fn saved(folder: &Path, name: &str, document: &Document) -> PathBuf {
    let path = folder.join(name);
    store::write_atomically(&path, store::to_ron(document).unwrap().as_bytes(), false).unwrap();
    path
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn diff_says_each_change_where_the_form_has_it() {
    let folder = tempfile::tempdir().unwrap();
    let a = store::embedded_profile();
    let mut b = a.clone();
    b.programs[0].status = ProgramStatus::Completed;
    b.vision.prose = Localized::new("en", "A city where every right is lived.");
    let (pa, pb) = (
        saved(folder.path(), "a.ron", &a),
        saved(folder.path(), "b.ron", &b),
    );
    let output = carta()
        .env("LC_ALL", "C")
        .env("LANG", "C")
        .args(["diff".as_ref(), pa.as_os_str(), pb.as_os_str()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "they differ");
    let said = text(&output.stdout);
    let id = a.programs[0].id.0;
    assert!(
        said.lines()
            .any(|line| line.starts_with(&format!("Program #{id} “"))
                && line.ends_with("· Status: Active → Completed")),
        "{said}"
    );
    assert!(
        said.contains("A city where every right is lived."),
        "{said}"
    );
    let same = carta()
        .args(["diff".as_ref(), pa.as_os_str(), pa.as_os_str()])
        .output()
        .unwrap();
    assert_eq!(same.status.code(), Some(0));
    assert!(same.stdout.is_empty());
    let json = carta()
        .args([
            "diff".as_ref(),
            pa.as_os_str(),
            pb.as_os_str(),
            "--json".as_ref(),
        ])
        .output()
        .unwrap();
    let items: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert!(
        items
            .as_array()
            .unwrap()
            .iter()
            .any(|item| item["section"] == "programs" && item["after"] == "Completed")
    );
    let missing = carta()
        .args([
            "diff".as_ref(),
            pa.as_os_str(),
            folder.path().join("no.ron").as_os_str(),
        ])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2), "{}", text(&missing.stderr));
}

#[test]
fn merge_takes_both_sides_and_lists_each_conflict_keeping_mine() {
    let folder = tempfile::tempdir().unwrap();
    let base = store::embedded_profile();
    let mut mine = base.clone();
    mine.vision.prose = Localized::new("en", "Hers.");
    mine.programs[0].status = ProgramStatus::Paused;
    let mut theirs = base.clone();
    theirs.programs[1].status = ProgramStatus::Completed;
    theirs.programs[0].status = ProgramStatus::Discontinued;
    let paths = [
        saved(folder.path(), "base.ron", &base),
        saved(folder.path(), "mine.ron", &mine),
        saved(folder.path(), "theirs.ron", &theirs),
    ];
    let out = folder.path().join("out.ron");
    let output = carta()
        .env("LC_ALL", "C")
        .env("LANG", "C")
        .arg("merge")
        .args(&paths)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "one conflict");
    let said = text(&output.stderr);
    assert!(
        said.contains("Status: mine Paused / theirs Discontinued"),
        "{said}"
    );
    let merged = store::load(&out).unwrap();
    assert_eq!(merged.vision.prose.get("en"), "Hers.");
    assert_eq!(merged.programs[1].status, ProgramStatus::Completed);
    assert_eq!(merged.programs[0].status, ProgramStatus::Paused);

    // Without the clash: exit 0.
    theirs.programs[0].status = base.programs[0].status;
    saved(folder.path(), "theirs.ron", &theirs);
    let clean = carta()
        .arg("merge")
        .args(&paths)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(clean.status.code(), Some(0), "{}", text(&clean.stderr));

    // A file that is no profile: said, nothing written.
    std::fs::write(folder.path().join("junk.ron"), "not a profile").unwrap();
    let junk = carta()
        .args([
            "merge".as_ref(),
            paths[0].as_os_str(),
            paths[1].as_os_str(),
            folder.path().join("junk.ron").as_os_str(),
            "-o".as_ref(),
            folder.path().join("never.ron").as_os_str(),
        ])
        .output()
        .unwrap();
    assert_eq!(junk.status.code(), Some(2));
    assert!(text(&junk.stderr).contains("junk.ron"));
    assert!(!folder.path().join("never.ron").exists());
}

/// `git` in `folder`, failing the test when git does.
#[cfg(unix)]
#[test]
fn a_copy_holding_a_number_that_is_not_one_is_refused_naming_its_program() {
    let folder = tempfile::tempdir().unwrap();
    let base = store::embedded_profile();
    let mut theirs = base.clone();
    theirs.programs[2].budget.push(carta::model::BudgetLine {
        amount: f64::INFINITY,
        ..Default::default()
    });
    // Both changed that program: it is merged field by field.
    let mut mine = base.clone();
    mine.programs[2].status = ProgramStatus::Paused;
    let paths = [
        ("base.ron", &base),
        ("mine.ron", &mine),
        ("theirs.ron", &theirs),
    ]
    .map(|(name, document)| saved(folder.path(), name, document));
    let out = folder.path().join("merged.ron");
    let output = carta()
        .env("LC_ALL", "C")
        .env("LANG", "C")
        .arg("merge")
        .args(&paths)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let said = text(&output.stderr);
    let id = theirs.programs[2].id.0;
    assert!(
        said.contains(&format!("Program #{id} “")) && said.contains("not one"),
        "{said}"
    );
    assert!(!out.exists(), "nothing written");
}

#[cfg(unix)]
fn git(folder: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new("git")
        .current_dir(folder)
        .args(args)
        .env("GIT_AUTHOR_NAME", "Officer")
        .env("GIT_AUTHOR_EMAIL", "officer@example.org")
        .env("GIT_COMMITTER_NAME", "Officer")
        .env("GIT_COMMITTER_EMAIL", "officer@example.org")
        .output()
        .expect("git")
}

#[cfg(unix)]
#[test]
fn git_merges_profiles_by_field_through_the_driver() {
    if std::process::Command::new("git")
        .arg("--version")
        .output()
        .is_err()
    {
        panic!("git is needed: scripts/test installs it");
    }
    let folder = tempfile::tempdir().unwrap();
    let repo = folder.path();
    let binary = env!("CARGO_BIN_EXE_carta");
    git(repo, &["init", "-q", "-b", "main"]);
    git(
        repo,
        &[
            "config",
            "merge.carta.driver",
            &format!("{binary} merge --git-driver %O %A %B %P"),
        ],
    );
    std::fs::write(repo.join(".gitattributes"), "*.ron merge=carta\n").unwrap();
    let base = store::embedded_profile();
    saved(repo, "city.ron", &base);
    git(repo, &["add", "."]);
    git(repo, &["commit", "-qm", "base"]);
    git(repo, &["checkout", "-qb", "luis"]);
    let mut theirs = base.clone();
    theirs.programs[1].status = ProgramStatus::Completed;
    theirs.programs[0].title = Localized::new("en", "Luis's title");
    saved(repo, "city.ron", &theirs);
    git(repo, &["commit", "-qam", "luis"]);
    git(repo, &["checkout", "-q", "main"]);
    let mut mine = base.clone();
    mine.programs[2].status = ProgramStatus::Paused;
    mine.programs[0].title = Localized::new("en", "Her title");
    saved(repo, "city.ron", &mine);
    git(repo, &["commit", "-qam", "mine"]);
    let merged = git(repo, &["merge", "--no-edit", "luis"]);
    assert!(
        !merged.status.success(),
        "the same title changed on both sides"
    );
    let result = store::load(&repo.join("city.ron")).expect("the result is a profile, no markers");
    assert_eq!(
        result.programs[1].status,
        ProgramStatus::Completed,
        "theirs taken"
    );
    assert_eq!(
        result.programs[2].status,
        ProgramStatus::Paused,
        "mine kept"
    );
    assert_eq!(
        result.programs[0].title.get("en"),
        "Her title",
        "the conflict keeps mine"
    );
    // Settled by the officer, the merge completes; a clean one needs nothing.
    git(repo, &["commit", "-qam", "merged"]);
    git(repo, &["checkout", "-qb", "clean", "HEAD~1"]);
    let mut other = result.clone();
    other.programs[3].status = ProgramStatus::Discontinued;
    saved(repo, "city.ron", &other);
    git(repo, &["commit", "-qam", "other"]);
    git(repo, &["checkout", "-q", "main"]);
    let clean = git(repo, &["merge", "--no-edit", "clean"]);
    assert!(clean.status.success(), "{}", text(&clean.stderr));
    let result = store::load(&repo.join("city.ron")).unwrap();
    assert_eq!(result.programs[3].status, ProgramStatus::Discontinued);
    assert!(
        !repo.join("city.ron.bak").exists(),
        "no backup left in the working tree"
    );
}
