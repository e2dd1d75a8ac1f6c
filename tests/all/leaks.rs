//! Nothing leaked: what a city publishes holds no internal program, no remote
//! image, no script, whatever a hostile colleague writes into the profile.

use std::process::Command;

use carta::export::{self, ExportOptions, Format};
use carta::model::{Document, Localized, Program, ProgramId, Visibility};

use crate::support::carta_command as carta;

/// San Antonio with a secret program that shares the id of the public
/// program of the first area (the campaign's own first program), placed
/// before the public twin or after it (0.1 leaked the secret when it came
/// after: it removed the first program of that id).
fn profile_with_a_twin_secret_placed(after: bool) -> (Document, String, String) {
    let mut document = carta::store::embedded_profile();
    let public = document.policies.areas[0].programs[0];
    let public_title = document.program(public).unwrap().title.get("en").to_owned();
    let mut secret = Program::new(public);
    secret.title = Localized::new("en", "Covert surveillance of the opposition");
    secret.summary = Localized::new("en", "Phone taps on council members");
    secret.visibility = Visibility::Internal;
    // A right no public program addresses, so the overview would show it.
    secret.rights = vec![12];
    if after {
        let index = document.program_index(public).unwrap();
        document.programs.insert(index + 1, secret);
    } else {
        document.programs.insert(0, secret);
    }
    (document, public_title, "Covert surveillance".to_owned())
}

/// Both placements of the secret twin.
fn twins() -> [(Document, String, String); 2] {
    [false, true].map(profile_with_a_twin_secret_placed)
}

fn text_of(document: &Document, format: Format) -> String {
    let bytes = export::export_bytes(document, format, &ExportOptions::default()).unwrap();
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn an_internal_program_sharing_a_public_id_is_never_published() {
    for (document, public_title, secret) in twins() {
        for format in [Format::Txt, Format::Markdown, Format::Html, Format::Json] {
            let text = text_of(&document, format);
            assert!(!text.contains(&secret), "{format:?} publishes the secret");
            assert!(
                !text.contains("Phone taps"),
                "{format:?} publishes the secret"
            );
            assert!(
                text.contains(&public_title),
                "{format:?} lost the public program {public_title:?}"
            );
        }
    }
}

#[test]
fn the_slides_and_their_overview_leave_the_twin_secret_out() {
    for (document, public_title, secret) in twins() {
        let slides =
            carta::model::slides::whole_slides(&document, "en", carta::i18n::Language::for_content);
        let all = format!("{slides:?}");
        assert!(!all.contains(&secret), "a slide shows the secret");
        assert!(all.contains(&public_title), "the public program vanished");
        // Article 12 (privacy) is addressed only by the secret program.
        assert!(
            !all.contains("12 · Privacy"),
            "the overview counts the secret's rights"
        );
    }
}

#[test]
fn the_slides_pdf_leaves_the_twin_secret_out() {
    let (document, _, secret) = profile_with_a_twin_secret_placed(true);
    let pdf =
        export::export_bytes(&document, Format::SlidesPdf, &ExportOptions::default()).unwrap();
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("handout.pdf");
    std::fs::write(&path, pdf).unwrap();
    let Ok(output) = Command::new("pdftotext").arg(&path).arg("-").output() else {
        panic!("pdftotext (poppler-utils) is needed to read the handout back");
    };
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("San Antonio"), "{text}");
    assert!(!text.contains("Covert"), "the handout publishes {secret}");
}

#[test]
fn the_command_line_export_leaves_the_twin_secret_out_unless_asked() {
    let (document, _, secret) = profile_with_a_twin_secret_placed(true);
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("p.ron");
    carta::store::save(&document, &path).unwrap();
    for to in ["txt", "md", "html", "json"] {
        let output = carta()
            .arg("export")
            .arg(&path)
            .args(["--to", to])
            .output()
            .unwrap();
        assert!(output.status.success());
        assert!(
            !String::from_utf8_lossy(&output.stdout).contains(&secret),
            "{to}"
        );
    }
    let output = carta()
        .arg("export")
        .arg(&path)
        .args(["--to", "json", "--include-internal"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&output.stdout).contains(&secret));
}

#[test]
fn a_policy_area_left_with_only_internal_programs_is_reported() {
    let mut document = carta::store::embedded_profile();
    for id in document.policies.areas[0].programs.clone() {
        let index = document.program_index(id).unwrap();
        document.programs[index].visibility = Visibility::Internal;
    }
    let findings = carta::model::check::check(&document);
    assert!(
        findings
            .iter()
            .any(|f| (f.message.say(carta::i18n::Language::ENGLISH))
                .contains("presents only internal programs")),
        "{findings:#?}"
    );
}

/// A document whose every text field tries to embed a remote image, raw HTML
/// or a script link.
fn hostile() -> Document {
    let mut document = carta::store::embedded_profile();
    let image = "![tracker](http://evil.example/pixel.png)";
    document.city.name = Localized::new("en", format!("San Antonio {image}"));
    document.city.country = Localized::new("en", "<img src=http://evil.example/c.png>");
    document.city.leader.name = "[Omar](javascript:alert(1))".to_owned();
    document.vision.prose = Localized::new(
        "en",
        format!(
            "Our vision {image}.\n\n<script>alert(1)</script>\n\n\
             [click](javascript:alert(document.cookie)) and <iframe src=\"http://evil.example\"></iframe>\n\n\
             [auto](JaVaScRiPt:alert(2)) <javascript:alert(3)>"
        ),
    );
    document.programs[0].title =
        Localized::new("en", "*Bold* <b>title</b> ![x](https://evil.example/t.png)");
    document.programs[0].summary = Localized::new("en", "Summary <img src=x onerror=alert(1)>");
    // Markdown hidden inside raw HTML, and a reference link whose definition
    // sits in another text: each looks harmless alone.
    document.programs[1].summary = Localized::new(
        "en",
        "<span title=\"[x](javascript:alert(1))\">hi</span> [click][r] ![pic][r2]",
    );
    document.programs[2].description = Localized::new(
        "en",
        "<div>\n\n![p](https://evil.example/p.png)\n\n</div>\n\n[r]: javascript:alert(1)\n[r2]: https://evil.example/r.png",
    );
    document
}

#[test]
fn the_web_page_fetches_nothing_and_runs_nothing() {
    let html = text_of(&hostile(), Format::Html);
    let lower = html.to_ascii_lowercase();
    // The officer's text may say `src=`; only markup could fetch or run it.
    for forbidden in ["<img", "<script", "<iframe", "href=\"javascript"] {
        assert!(
            !lower.contains(forbidden),
            "the page holds {forbidden:?}:\n{html}"
        );
    }
    // The officer's words are still there, as text.
    assert!(html.contains("Our vision"), "{html}");
    assert!(html.contains("tracker"), "{html}");
    // A plain-text field is never read as Markdown: its marks show as written.
    assert!(html.contains("*Bold*"), "{html}");
}

#[test]
fn the_markdown_export_holds_no_raw_html_nor_script_links() {
    let markdown = text_of(&hostile(), Format::Markdown);
    // Read back as a Markdown reader would: no HTML, no script, no image.
    for event in pulldown_cmark::Parser::new(&markdown) {
        match event {
            pulldown_cmark::Event::Html(raw) | pulldown_cmark::Event::InlineHtml(raw) => {
                panic!("raw HTML passes through: {raw}\n{markdown}")
            }
            pulldown_cmark::Event::Start(pulldown_cmark::Tag::Image { dest_url, .. }) => {
                panic!("an image is embedded: {dest_url}\n{markdown}")
            }
            pulldown_cmark::Event::Start(pulldown_cmark::Tag::Link { dest_url, .. }) => {
                assert!(
                    !dest_url.to_ascii_lowercase().contains("javascript"),
                    "{dest_url}\n{markdown}"
                );
            }
            _ => {}
        }
    }
    assert!(markdown.contains("Our vision"), "{markdown}");
}

#[test]
fn duplicate_ids_made_by_normal_use_are_impossible() {
    let text = carta::store::to_ron(&Document::default())
        .unwrap()
        .replace(
            "programs: [],",
            "programs: [(id: 4294967295, title: {\"en\": \"Top\"})],",
        )
        .replace("next_program_id: 1", "next_program_id: 3");
    let mut document = carta::store::parse(&text, "top.ron").unwrap();
    let first = document.add_new_program(carta::i18n::Language::ENGLISH);
    let second = document.add_new_program(carta::i18n::Language::ENGLISH);
    let ids: Vec<ProgramId> = document.programs.iter().map(|p| p.id).collect();
    assert_eq!(ids.len(), 3);
    assert!(
        ids[0] != first && ids[0] != second && first != second,
        "{ids:?}"
    );
}
