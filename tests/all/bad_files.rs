//! Files that are not valid profiles: each gives a located message, never a panic.

use carta::store::{self, LoadError};

fn load_bytes(bytes: &[u8]) -> LoadError {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("bad.ron");
    std::fs::write(&path, bytes).unwrap();
    store::load(&path).expect_err("a bad file must not load")
}

fn assert_located(error: &LoadError) {
    let text = error.to_string();
    assert!(text.contains("bad.ron:"), "names the file: {text}");
    assert!(error.position.is_some(), "has a line and column: {text}");
}

#[test]
fn empty_file() {
    let error = load_bytes(b"");
    assert_located(&error);
    assert!(error.to_string().contains("empty"), "{error}");
}

#[test]
fn truncated_at_many_points() {
    let text = store::EMBEDDED_PROFILE.as_bytes();
    for cut in (1..text.len() - 2).step_by(97) {
        // Cut only on character boundaries, as an interrupted copy would.
        if !store::EMBEDDED_PROFILE.is_char_boundary(cut) {
            continue;
        }
        let error = load_bytes(&text[..cut]);
        assert_located(&error);
    }
}

#[test]
fn wrong_type() {
    let text = store::EMBEDDED_PROFILE.replace("joined: Some(2022)", "joined: Some(\"2022\")");
    let error = load_bytes(text.as_bytes());
    assert_located(&error);
    let (line, _) = error.position.unwrap();
    let expected_line = text.lines().position(|l| l.contains("joined:")).unwrap() + 1;
    assert_eq!(line, expected_line, "{error}");
}

#[test]
fn unknown_enum_value() {
    let text = store::EMBEDDED_PROFILE.replace("Some(LatinAmerica)", "Some(Atlantis)");
    let error = load_bytes(text.as_bytes());
    assert_located(&error);
    assert!(error.to_string().contains("Atlantis"), "{error}");
}

#[test]
fn missing_required_field() {
    let error = load_bytes(b"(format_version: 1, languages: [\"en\"])");
    assert_located(&error);
    assert!(error.to_string().contains("city"), "{error}");
}

#[test]
fn invalid_utf8() {
    let mut bytes = store::EMBEDDED_PROFILE.as_bytes()[..200].to_vec();
    bytes.extend_from_slice(&[0xc3, 0x28, 0xff]);
    let error = load_bytes(&bytes);
    assert_located(&error);
    assert!(error.to_string().contains("offset 200"), "{error}");
}

#[test]
fn random_binary() {
    // A fixed pseudo-random sequence, so a failure can be reproduced.
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..50 {
        let bytes: Vec<u8> = (0..512)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 24) as u8
            })
            .collect();
        let error = load_bytes(&bytes);
        assert!(error.to_string().starts_with(&error.source));
        assert_located(&error);
    }
}

#[test]
fn nesting_beyond_the_recursion_limit() {
    let depth = 10_000;
    let text = format!(
        "(hologram: {}{}, city: (name: {{}}))",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let error = load_bytes(text.as_bytes());
    assert_located(&error);
    assert!(error.to_string().contains("nested too deeply"), "{error}");
}

#[test]
fn newer_format_version_is_refused_naming_both_versions() {
    let text = store::EMBEDDED_PROFILE.replace(
        "format_version: 1,",
        "format_version: 7,\n    hologram: true,",
    );
    let error = load_bytes(text.as_bytes());
    assert!(
        error.to_string().contains('7') && error.to_string().contains('1'),
        "{error}"
    );
    assert!(error.to_string().contains("update Carta"), "{error}");
}

#[test]
fn a_twenty_megabyte_string() {
    let huge = "a".repeat(20 * 1024 * 1024);
    let text = format!("(city: (name: {{\"en\": \"{huge}\"}}), programs: 3)");
    let error = load_bytes(text.as_bytes());
    assert_located(&error);
    let (line, _) = error.position.unwrap();
    assert_eq!(line, 1);
    // A well-formed file with a huge text is refused too, where the text is:
    // no frame, slide or page should have to lay out megabytes of one name.
    let text = format!("(city: (name: {{\"en\": \"{huge}\"}}))");
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("big.ron");
    std::fs::write(&path, text).unwrap();
    let error = store::load(&path).unwrap_err();
    assert_eq!(error.problem, store::LoadProblem::TextTooLong);
    assert_eq!(error.position.map(|(line, _)| line), Some(1));
    // The longest text allowed loads.
    let longest = "a".repeat(carta::model::MAX_TEXT_CHARS);
    let text = format!("(city: (name: {{\"en\": \"{longest}\"}}))");
    std::fs::write(&path, text).unwrap();
    assert_eq!(store::load(&path).unwrap().city.name.get("en"), longest);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    /// Whatever the bytes, reading gives a document or a located error, never a panic.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2048)) {
        let _ = store::parse_bytes(&bytes, "fuzz.ron");
    }

    /// Damaged copies of a real profile: a few bytes overwritten.
    #[test]
    fn damaged_profiles_never_panic(edits in proptest::collection::vec((0usize..6000, proptest::prelude::any::<u8>()), 1..8)) {
        let mut bytes = store::EMBEDDED_PROFILE.as_bytes().to_vec();
        for (at, byte) in edits {
            let at = at % bytes.len();
            bytes[at] = byte;
        }
        if let Err(error) = store::parse_bytes(&bytes, "damaged.ron") {
            proptest::prop_assert!(error.position.is_some() || error.to_string().contains("version"), "{}", error);
        }
    }
}

#[test]
fn a_logo_whose_bytes_are_not_base64_is_located_and_a_damaged_picture_still_opens() {
    let logo = "joined: Some(2022),\n        logo: Some((format: Png, width: 2, height: 2, bytes: \"not base64!\")),";
    let text = store::EMBEDDED_PROFILE.replace("joined: Some(2022),", logo);
    assert!(text.contains("not base64!"), "the sample has a joined year");
    let error = load_bytes(text.as_bytes());
    assert_located(&error);
    let (line, _) = error.position.unwrap();
    let logo_line = text
        .lines()
        .position(|l| l.contains("not base64!"))
        .unwrap()
        + 1;
    assert_eq!(line, logo_line, "{error}");
    // Good base64 of bytes that are no picture: the profile opens; the
    // picture says it cannot be shown instead of breaking the slides.
    let text = store::EMBEDDED_PROFILE.replace(
        "joined: Some(2022),",
        "joined: Some(2022),\n        logo: Some((format: Png, width: 2, height: 2, bytes: \"aGVsbG8=\")),",
    );
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("damaged.ron");
    std::fs::write(&path, text).unwrap();
    let document = store::load(&path).expect("opens");
    let logo = document.city.logo.as_ref().expect("kept as it was");
    assert!(store::picture::pixels(logo).is_none());
    let pdf = carta::export::export_bytes(
        &document,
        carta::export::Format::SlidesPdf,
        &Default::default(),
    );
    assert!(pdf.is_ok(), "the handout is made without it");
}
