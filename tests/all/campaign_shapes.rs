//! The campaign's pages in the shapes officers copy them: sections without
//! their headings, lists as run-in labels, prose with no section at all. Each
//! page's facts land in their fields; what cannot be placed stays in the
//! document, listed by Check, until the officer puts it somewhere; the
//! programs' kinds and target groups are suggested, for the officer to accept.

use egui_kittest::kittest::Queryable;

use carta::export::{self, ExportOptions, Format};
use carta::import::import_text;
use carta::import::labels::{heading_of, vision_question_of};
use carta::model::check::{Place, check};
use carta::model::*;

/// Every text of `document` in any language, and its unplaced texts, as one
/// run of single-spaced words.
fn all_text(document: &Document) -> String {
    let mut text = String::new();
    translation::for_each_text(document, |_, localized| {
        for lang in ["en", "es", "fr"] {
            text.push(' ');
            text.push_str(localized.get(lang));
        }
    });
    for piece in &document.unplaced {
        text.push(' ');
        text.push_str(&piece.text);
    }
    for area in &document.policies.areas {
        text.push(' ');
        text.push_str(&format!("{:?}", area.title));
    }
    let city = &document.city;
    for lang in ["en", "es", "fr"] {
        text.push_str(&format!(" {}", city.display_name(lang)));
    }
    text.push_str(&format!(" {} {:?}", city.leader.name, city.joined));
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every line of `page` is somewhere in `document`, but for its headings and
/// the campaign's questions (the fields are their place) and list marks.
fn assert_every_line_is_kept(page: &str, document: &Document) {
    let all = all_text(document);
    for line in page.lines() {
        let line = line.trim().trim_start_matches(['-', '•', '◦', '·']).trim();
        let line = line.trim_end_matches(';');
        if line.is_empty() || heading_of(line).is_some() || vision_question_of(line).is_some() {
            continue;
        }
        // A numbered area's title keeps its words, not its number.
        let line = line
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
            .trim();
        let words = line.split_whitespace().collect::<Vec<_>>().join(" ");
        // "Title - text" becomes a title and a summary: each half is kept.
        for part in words.split(" - ").flat_map(|p| p.split(": ")) {
            assert!(
                all.contains(part.trim()),
                "{part:?} is nowhere in the document:\n{all}"
            );
        }
    }
}

/// A page in `lang`: questions and answers, motivations and policies, with no
/// heading at all, as an officer copies the body of a page.
fn headless_page(lang: &str) -> &'static str {
    match lang {
        "en" => {
            "Why are local and regional governments essential for promoting, fulfilling, and respecting human rights?\n\n\
                 They are the level of government closest to the people.\n\n\
                 Why are human rights relevant values and a useful framework for guiding local action?\n\n\
                 They give every decision a shared measure.\n\n\
                 Tetouan is joining the global campaign to learn from other cities.\n\n\
                 Through this campaign, we aim to:\n\n\
                 - Learn from cities with longer histories.\n\
                 - Raise public awareness.\n\n\
                 This commitment belongs to the whole community.\n\n\
                 The municipality has put in place the following policies.\n\n\
                 1. Access to Justice\n\n\
                 - Legal Aid Office: free advice for migrants and older adults.\n\
                 - Training for municipal staff: workshops on rights.\n"
        }
        "es" => {
            "¿Por qué los gobiernos locales y regionales son esenciales para promover, cumplir y respetar los derechos humanos?\n\n\
                 Son el nivel de gobierno más cercano a la gente.\n\n\
                 ¿Por qué los derechos humanos son valores relevantes y un marco útil para guiar la acción local?\n\n\
                 Dan a cada decisión una medida común.\n\n\
                 San Antonio se suma a la campaña mundial para aprender de otras ciudades.\n\n\
                 Con esta campaña buscamos:\n\n\
                 - Aprender de ciudades con más historia.\n\
                 - Sensibilizar a la ciudadanía.\n\n\
                 Este compromiso es de toda la comunidad.\n\n\
                 La municipalidad ha puesto en marcha las siguientes políticas.\n\n\
                 1. Acceso a la justicia\n\n\
                 - Oficina de Asistencia Jurídica: orientación gratuita para personas migrantes y adultos mayores.\n\
                 - Capacitación de funcionarios municipales: talleres sobre derechos.\n"
        }
        _ => {
            "Pourquoi les gouvernements locaux et régionaux sont-ils essentiels pour promouvoir, respecter et faire respecter les droits humains ?\n\n\
              Ils sont l'échelon le plus proche des habitants.\n\n\
              Pourquoi les droits humains constituent-ils des valeurs pertinentes et un cadre utile pour guider l'action locale?\n\n\
              Ils donnent à chaque décision une mesure commune.\n\n\
              Mayo rejoint la campagne mondiale pour apprendre des autres villes.\n\n\
              Par cette campagne, nous voulons :\n\n\
              - Apprendre des villes plus anciennes.\n\
              - Sensibiliser le public.\n\n\
              Cet engagement est celui de toute la communauté.\n\n\
              La commune a mis en place les politiques suivantes.\n\n\
              1. Accès à la justice\n\n\
              - Bureau d'aide juridique : conseil gratuit pour les personnes migrantes et les personnes âgées.\n\
              - Formation des fonctionnaires : ateliers sur les droits.\n"
        }
    }
}

#[test]
fn a_page_without_a_single_heading_has_its_vision_motivations_and_policies_by_their_shape() {
    let expected = [
        (
            "en",
            [
                "They are the level of government closest to the people.",
                "They give every decision a shared measure.",
            ],
            "Tetouan is joining the global campaign to learn from other cities.\n\nThrough this campaign, we aim to:",
            [
                "Learn from cities with longer histories.",
                "Raise public awareness.",
            ],
            "This commitment belongs to the whole community.",
            "The municipality has put in place the following policies.",
            "Access to Justice",
            [
                (
                    "Legal Aid Office",
                    "free advice for migrants and older adults.",
                ),
                ("Training for municipal staff", "workshops on rights."),
            ],
        ),
        (
            "es",
            [
                "Son el nivel de gobierno más cercano a la gente.",
                "Dan a cada decisión una medida común.",
            ],
            "San Antonio se suma a la campaña mundial para aprender de otras ciudades.\n\nCon esta campaña buscamos:",
            [
                "Aprender de ciudades con más historia.",
                "Sensibilizar a la ciudadanía.",
            ],
            "Este compromiso es de toda la comunidad.",
            "La municipalidad ha puesto en marcha las siguientes políticas.",
            "Acceso a la justicia",
            [
                (
                    "Oficina de Asistencia Jurídica",
                    "orientación gratuita para personas migrantes y adultos mayores.",
                ),
                (
                    "Capacitación de funcionarios municipales",
                    "talleres sobre derechos.",
                ),
            ],
        ),
        (
            "fr",
            [
                "Ils sont l'échelon le plus proche des habitants.",
                "Ils donnent à chaque décision une mesure commune.",
            ],
            "Mayo rejoint la campagne mondiale pour apprendre des autres villes.\n\nPar cette campagne, nous voulons :",
            [
                "Apprendre des villes plus anciennes.",
                "Sensibiliser le public.",
            ],
            "Cet engagement est celui de toute la communauté.",
            "La commune a mis en place les politiques suivantes.",
            "Accès à la justice",
            [
                (
                    "Bureau d'aide juridique",
                    "conseil gratuit pour les personnes migrantes et les personnes âgées.",
                ),
                ("Formation des fonctionnaires", "ateliers sur les droits."),
            ],
        ),
    ];
    for (lang, answers, introduction, aims, closing, policies, area, programs) in expected {
        let page = headless_page(lang);
        let (document, report) = import_text(page);
        assert_eq!(document.languages, [lang]);
        assert_eq!(document.vision.form, VisionForm::Questions, "{lang}");
        assert_eq!(
            document.vision.answers.each_ref().map(|a| a.get(lang)),
            answers,
            "{lang}"
        );
        let motivations = &document.motivations;
        assert_eq!(motivations.introduction.get(lang), introduction, "{lang}");
        let found: Vec<&str> = motivations.aims.iter().map(|a| a.get(lang)).collect();
        assert_eq!(found, aims, "{lang}");
        assert_eq!(motivations.closing.get(lang), closing, "{lang}");
        assert_eq!(document.policies.introduction.get(lang), policies, "{lang}");
        assert_eq!(document.policies.areas.len(), 1, "{lang}");
        assert_eq!(document.policies.areas[0].title.get(lang), area, "{lang}");
        let found: Vec<(&str, &str)> = (document.programs.iter())
            .map(|p| (p.title.get(lang), p.summary.get(lang)))
            .collect();
        assert_eq!(found, programs, "{lang}");
        assert!(
            document.unplaced.is_empty(),
            "{lang}: {:?}",
            document.unplaced
        );
        // Found by shape, and the officer is told where to look.
        let told = report.to_string();
        assert_eq!(
            told.matches("taken to start here by its shape").count(),
            2,
            "{told}"
        );
        assert_every_line_is_kept(page, &document);
    }
}

#[test]
fn run_in_labels_under_the_motivations_are_its_aims() {
    let page = "Utrecht (Netherlands)\n\nMOTIVATIONS TO JOIN THE CAMPAIGN\n\n\
                Utrecht joins for three reasons.\n\n\
                Component 1: learning from other cities.\n\n\
                Component 2: a shared language of rights.\n\n\
                Component 3: accountability to residents.\n\n\
                We look forward to it.\n";
    let (document, _) = import_text(page);
    let motivations = &document.motivations;
    assert_eq!(
        motivations.introduction.get("en"),
        "Utrecht joins for three reasons."
    );
    let aims: Vec<&str> = motivations.aims.iter().map(|a| a.get("en")).collect();
    assert_eq!(
        aims,
        [
            "Component 1: learning from other cities.",
            "Component 2: a shared language of rights.",
            "Component 3: accountability to residents."
        ]
    );
    assert_eq!(motivations.closing.get("en"), "We look forward to it.");
    // One paragraph with a label is prose, not a list of one.
    let (document, _) = import_text(
        "Utrecht (Netherlands)\n\nMOTIVATIONS TO JOIN THE CAMPAIGN\n\nNote: we join gladly.\n",
    );
    assert!(document.motivations.aims.is_empty());
}

/// A page of prose alone: nothing says where it goes, so all of it waits in
/// the document, and Check lists every piece.
#[test]
fn prose_that_fits_no_section_is_kept_in_the_document_and_checked() {
    let page = "Mayo (Côte d'Ivoire)\n\n\
                La commune de Mayo travaille avec les associations.\n\n\
                Elle publie chaque année un rapport.\n";
    let (document, _) = import_text(page);
    let texts: Vec<(usize, &str)> = (document.unplaced.iter())
        .map(|piece| (piece.line, piece.text.as_str()))
        .collect();
    assert_eq!(
        texts,
        [
            (3, "La commune de Mayo travaille avec les associations."),
            (5, "Elle publie chaque année un rapport.")
        ]
    );
    assert_every_line_is_kept(page, &document);
    let findings = check(&document);
    let unplaced: Vec<&Place> = (findings.iter())
        .map(|finding| &finding.place)
        .filter(|place| matches!(place, Place::Unplaced(_)))
        .collect();
    assert_eq!(unplaced, [&Place::Unplaced(0), &Place::Unplaced(1)]);
    assert!(
        (findings.iter()).any(|f| f.message.say(carta::i18n::Language::ENGLISH)
            == "Text from line 5 of the imported page is not placed yet: “Elle publie chaque année un rapport.”"),
        "{findings:#?}"
    );
}

#[test]
fn unplaced_text_and_suggestions_never_reach_what_is_published() {
    let page = "Gwangju (Korea)\n\nA stray paragraph about the secret budget.\n\n\
                HUMAN RIGHTS LOCAL POLICIES, MECHANISMS AND PROGRAMS\n\n\
                1. Care\n\n\
                - Migrant Office: help for migrants.\n";
    let (document, _) = import_text(page);
    assert_eq!(document.unplaced.len(), 1);
    assert_eq!(
        document.programs[0].suggested.kind,
        Some(ProgramKind::Office)
    );
    for format in [
        Format::Txt,
        Format::Markdown,
        Format::Html,
        Format::Json,
        Format::SlidesPdf,
    ] {
        let bytes = export::export_bytes(&document, format, &ExportOptions::default()).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("secret budget"),
            "{format:?} leaks the unplaced text"
        );
        assert!(!text.contains("suggested"), "{format:?} leaks suggestions");
    }
    let slides =
        carta::model::slides::whole_slides(&document, "en", carta::i18n::Language::for_content);
    assert!(!format!("{slides:?}").contains("secret budget"));
}

#[test]
fn the_import_suggests_kinds_and_target_groups_from_the_programs_words() {
    let (document, _) = import_text(include_str!("../data/san-antonio-chile.txt"));
    let community = &document.programs[0];
    assert!(community.title.get("en").starts_with("Community Programs"));
    assert_eq!(
        community.suggested.target_groups,
        [
            TargetGroup::Migrants,
            TargetGroup::OlderAdults,
            TargetGroup::PersonsWithDisabilities,
            TargetGroup::ChildrenAndAdolescents
        ]
    );
    assert!(community.target_groups.is_empty(), "suggested, not applied");
    let training = (document.programs.iter())
        .find(|p| p.title.get("en") == "Internal Training")
        .expect("the training program");
    assert_eq!(training.suggested.kind, Some(ProgramKind::Training));
    assert_eq!(
        training.suggested.target_groups,
        [TargetGroup::MunicipalStaff]
    );
    // Check says what is suggested instead of "names no target group" again.
    let findings = check(&document);
    let about = |id: ProgramId, key| {
        (findings.iter())
            .filter(|f| f.place == Place::Program(id, key))
            .count()
    };
    assert_eq!(about(community.id, "field-suggestions"), 1);
    assert_eq!(about(community.id, "field-target-groups"), 0);
}

#[test]
fn the_officer_places_text_and_accepts_suggestions_in_the_window() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = crate::support::harness_with(Document::default(), None, folder.path());
    harness
        .state_mut()
        .queue(carta::app::Command::ImportCampaignText);
    crate::support::settle(&mut harness);
    let page = "Gwangju (Korea)\n\nWe are a city of democracy and human rights.\n\n\
                HUMAN RIGHTS LOCAL POLICIES, MECHANISMS AND PROGRAMS\n\n\
                1. Care\n\n\
                - Migrant Office: help for migrants.\n\
                - Youth Council: young people advise the mayor.\n";
    harness.get_by_label("The page").focus();
    crate::support::settle(&mut harness);
    harness.event(egui::Event::Paste(page.to_owned()));
    crate::support::settle(&mut harness);
    harness.get_by_label("Import the pasted page").click();
    crate::support::settle(&mut harness);
    // The report offers the suggestions: accept the first, reject the second.
    harness
        .get_by_label("Accept the suggestions for Migrant Office")
        .click();
    harness
        .get_by_label("Reject the suggestions for Youth Council")
        .click();
    crate::support::settle(&mut harness);
    harness.get_by_label("OK").click();
    crate::support::settle(&mut harness);
    let programs = &harness.state().document().programs;
    assert_eq!(programs[0].kind, ProgramKind::Office);
    assert_eq!(programs[0].target_groups, [TargetGroup::Migrants]);
    assert!(programs[0].suggested.is_empty());
    assert_eq!(programs[1].kind, ProgramKind::Program);
    assert!(programs[1].target_groups.is_empty() && programs[1].suggested.is_empty());

    // Check lists the stray paragraph; the officer puts it in the vision.
    assert_eq!(harness.state().panel(), carta::ui::Panel::Check);
    harness.get_by_label("Not placed yet (1)");
    harness.get_by_label("Put text 1 in…").click();
    crate::support::settle(&mut harness);
    harness.get_by_label("The vision (prose)").click();
    crate::support::settle(&mut harness);
    let document = harness.state().document();
    assert!(document.unplaced.is_empty());
    assert_eq!(
        document.vision.prose.get("en"),
        "We are a city of democracy and human rights."
    );
    assert_eq!(harness.state().panel(), carta::ui::Panel::Vision);
    // Undo brings it back to the list, as it was.
    harness.state_mut().queue(carta::app::Command::Undo);
    crate::support::settle(&mut harness);
    assert_eq!(harness.state().document().unplaced.len(), 1);
    assert!(harness.state().document().vision.prose.get("en").is_empty());
}

/// The import report with its suggestions, the Check panel with text not
/// placed yet, and a program's editor with its suggestions, at three sizes.
#[test]
fn snapshots_of_the_import_report_unplaced_text_and_suggestions() {
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(150);
    let mut results = egui_kittest::SnapshotResults::new();
    let page = format!(
        "{}\n\nA paragraph the page gives before any heading, which Carta keeps for the officer.\n\n{}",
        "Gwangju (Korea)",
        include_str!("../data/san-antonio-chile.txt")
            .split_once("\n\n")
            .map_or("", |(_, body)| body)
    );
    for (width, height) in [(1024.0, 600.0), (1366.0, 768.0), (1920.0, 1080.0)] {
        let folder = tempfile::tempdir().unwrap();
        let mut harness = crate::support::harness_sized(
            Document::default(),
            None,
            crate::support::test_options(folder.path()),
            egui::vec2(width, height),
        );
        harness.ctx.set_theme(egui::Theme::Light);
        harness
            .state_mut()
            .queue(carta::app::Command::ImportCampaignText);
        crate::support::settle(&mut harness);
        harness.event(egui::Event::Paste(page.clone()));
        crate::support::settle(&mut harness);
        harness.get_by_label("Import the pasted page").click();
        crate::support::settle(&mut harness);
        harness.remove_cursor();
        harness.run_steps(1);
        harness.snapshot_options(format!("import_report_{width}x{height}"), &options);
        harness.get_by_label("OK").click();
        crate::support::settle(&mut harness);
        harness.remove_cursor();
        harness.run_steps(1);
        harness.snapshot_options(format!("check_unplaced_{width}x{height}"), &options);
        crate::support::nav(&mut harness, "Programs");
        harness.get_by_label("Internal Training").click();
        crate::support::settle(&mut harness);
        harness.remove_cursor();
        harness.run_steps(1);
        harness.snapshot_options(format!("program_suggestions_{width}x{height}"), &options);
        results.extend_harness(&mut harness);
    }
}

/// Text not placed yet in Arabic and Korean, at three sizes: each piece in
/// its own script and direction, its buttons beside it.
#[test]
fn snapshots_of_unplaced_text_in_other_scripts() {
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(150);
    let mut results = egui_kittest::SnapshotResults::new();
    let page = "광주광역시 (대한민국)\n\nمدينة تطوان مدينة لحقوق الإنسان: نعمل من أجل الكرامة والمساواة لكل السكان.\n\n\
                광주는 민주·인권·평화의 도시입니다.\n\nREGION\nAsia-Pacific\n";
    for (width, height) in [(1024.0, 600.0), (1366.0, 768.0), (1920.0, 1080.0)] {
        let folder = tempfile::tempdir().unwrap();
        let (document, _) = import_text(page);
        assert_eq!(document.unplaced.len(), 2);
        let mut harness = crate::support::harness_sized(
            document,
            None,
            crate::support::test_options(folder.path()),
            egui::vec2(width, height),
        );
        harness.ctx.set_theme(egui::Theme::Light);
        crate::support::nav(&mut harness, "Check");
        crate::support::settle(&mut harness);
        harness.remove_cursor();
        harness.run_steps(1);
        harness.snapshot_options(format!("check_unplaced_scripts_{width}x{height}"), &options);
        results.extend_harness(&mut harness);
    }
}
