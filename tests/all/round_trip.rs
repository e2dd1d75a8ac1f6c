//! Saving and loading give back the same document.

use carta::model::*;
use carta::store;
use proptest::prelude::*;

#[test]
fn embedded_profile_saves_and_loads_back_equal() {
    let document = store::embedded_profile();
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("profile.ron");
    store::save(&document, &path).unwrap();
    assert_eq!(store::load(&path).unwrap(), document);
}

#[test]
fn save_keeps_the_previous_version_as_bak() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("city.ron");
    let mut document = store::embedded_profile();
    store::save(&document, &path).unwrap();
    document.city.name.set("en", "Changed");
    store::save(&document, &path).unwrap();
    let backup = store::load(&store::backup_path(&path)).unwrap();
    assert_eq!(backup.city.name.get("en"), "San Antonio");
    assert_eq!(store::load(&path).unwrap().city.name.get("en"), "Changed");
    let leftovers: Vec<_> = std::fs::read_dir(folder.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".carta-save-"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "temporary files left behind: {leftovers:?}"
    );
}

#[test]
fn save_into_a_missing_folder_fails_cleanly() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("no/such/folder/city.ron");
    let error = store::save(&store::embedded_profile(), &path).unwrap_err();
    assert!(error.to_string().contains("city.ron"), "{error}");
}

#[test]
fn draft_files_without_a_version_are_migrated() {
    let text =
        r#"(city: (name: {"en": "Utrecht"}), programs: [(id: 4, title: {"en": "Shelter"})])"#;
    let document = store::parse(text, "draft.ron").unwrap();
    assert_eq!(document.format_version, FORMAT_VERSION);
    assert_eq!(document.languages, vec!["en".to_owned()]);
    assert_eq!(document.next_program_id, 5);
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".*",
        "[a-zA-Z ,.\"#'\\\\\n\r\t—’é]{0,40}",
        Just("\"#".to_owned()),
        Just("r#\"raw\"#".to_owned()),
    ]
}

fn localized() -> impl Strategy<Value = Localized> {
    prop::collection::btree_map(
        prop_oneof![Just("en"), Just("es"), Just("fr")],
        text(),
        0..3,
    )
    .prop_map(|map| {
        map.into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect::<Localized>()
    })
}

fn vocabulary<T: Vocabulary + std::fmt::Debug>() -> impl Strategy<Value = T> {
    prop_oneof![
        prop::sample::select(T::KNOWN.to_vec()),
        text().prop_map(T::other),
    ]
}

fn moment() -> impl Strategy<Value = Moment> {
    prop_oneof![
        any::<i32>().prop_map(Moment::Year),
        (any::<i32>(), 1u8..=12, 1u8..=31).prop_map(|(year, month, day)| Moment::Date {
            year,
            month,
            day
        }),
    ]
}

/// Finite numbers: what an officer can type.
fn number() -> impl Strategy<Value = f64> {
    prop_oneof![-1.0e12..1.0e12f64, Just(0.0), Just(0.1), Just(1.0e-7)]
}

fn indicator() -> impl Strategy<Value = Indicator> {
    (
        localized(),
        prop::sample::select(IndicatorKind::ALL.to_vec()),
        localized(),
        prop::option::of(number()),
        prop::option::of(number()),
        prop::collection::vec(
            (moment(), number()).prop_map(|(when, value)| Measurement {
                parts: Vec::new(),
                note: Default::default(),
                when,
                value,
            }),
            0..3,
        ),
    )
        .prop_map(
            |(name, kind, unit, baseline, target, measurements)| Indicator {
                target_year: None,
                source: Default::default(),
                reporter: Default::default(),
                frequency: Default::default(),
                disaggregation: Vec::new(),
                id: Default::default(),
                name,
                kind,
                unit,
                baseline,
                target,
                measurements,
            },
        )
}

fn program() -> impl Strategy<Value = Program> {
    (
        (
            any::<u32>(),
            localized(),
            localized(),
            localized(),
            vocabulary::<ProgramKind>(),
        ),
        (
            prop::sample::select(ProgramStatus::ALL.to_vec()),
            prop::collection::vec(vocabulary::<TargetGroup>(), 0..4),
            prop::collection::vec(1u8..=30, 0..5),
            prop::collection::vec(1u8..=17, 0..4),
            prop::collection::vec("[0-9]{1,2}\\.[0-9a-z]", 0..3),
        ),
        (
            localized(),
            prop::collection::vec(
                (text(), localized()).prop_map(|(name, role)| Partner {
                    id: Default::default(),
                    name,
                    role,
                }),
                0..3,
            ),
            prop::option::of(moment()),
            prop::option::of(moment()),
            any::<bool>(),
            prop::option::of(text()),
        ),
        (
            prop::collection::vec(indicator(), 0..3),
            prop::collection::vec(
                (any::<i32>(), number(), "[A-Z]{3}").prop_map(|(year, amount, currency)| {
                    BudgetLine {
                        executed: None,
                        id: Default::default(),
                        year,
                        amount,
                        currency,
                    }
                }),
                0..3,
            ),
            prop::collection::vec(
                (any::<u64>(), any::<i32>()).prop_map(|(count, year)| Beneficiaries {
                    parts: Vec::new(),
                    count,
                    year,
                }),
                0..3,
            ),
            prop::collection::vec(
                (localized(), text()).prop_map(|(title, link)| Evidence {
                    id: Default::default(),
                    title,
                    link,
                }),
                0..3,
            ),
            localized(),
            (
                prop::option::of(vocabulary::<ProgramKind>()),
                prop::collection::vec(vocabulary::<TargetGroup>(), 0..3),
            )
                .prop_map(|(kind, target_groups)| Suggestions {
                    kind,
                    target_groups,
                }),
        ),
    )
        .prop_map(
            |(
                (id, title, summary, description, kind),
                (status, target_groups, rights, sdgs, sdg_targets),
                (responsible_unit, partners, start, end, internal, origin),
                (indicators, budget, beneficiaries, evidence, notes, suggested),
            )| Program {
                reviews: Vec::new(),
                suggested,
                id: ProgramId(id),
                title,
                summary,
                description,
                kind,
                status,
                start,
                end,
                responsible_unit,
                partners,
                target_groups,
                rights,
                sdgs,
                sdg_targets,
                indicators,
                budget,
                beneficiaries,
                evidence,
                visibility: if internal {
                    Visibility::Internal
                } else {
                    Visibility::Public
                },
                origin,
                notes,
            },
        )
}

fn mandate() -> impl Strategy<Value = Mandate> {
    prop_oneof![
        Just(Mandate::Unknown),
        (any::<i32>(), any::<i32>()).prop_map(|(start, end)| Mandate::Years { start, end }),
        localized().prop_map(Mandate::Text),
    ]
}

/// A picture's bytes as the file keeps them (not decoded on the way).
fn picture() -> impl Strategy<Value = carta::model::Picture> {
    (
        any::<bool>(),
        1..4000u32,
        1..4000u32,
        prop::collection::vec(any::<u8>(), 0..64),
    )
        .prop_map(|(png, width, height, bytes)| carta::model::Picture {
            format: if png {
                carta::model::PictureFormat::Png
            } else {
                carta::model::PictureFormat::Jpeg
            },
            width,
            height,
            bytes: bytes.into(),
        })
}

fn document() -> impl Strategy<Value = Document> {
    let city = (
        (localized(), localized(), localized()),
        (
            prop::option::of(vocabulary::<Region>()),
            prop::option::of(vocabulary::<GovernmentType>()),
            prop::option::of(vocabulary::<PopulationRange>()),
            any::<Option<i32>>(),
        ),
        (text(), localized(), mandate()),
        (prop::option::of(picture()), prop::option::of(picture())),
    )
        .prop_map(
            |(
                (name, qualifier, country),
                (region, government, population, joined),
                (leader, title, mandate),
                (logo, cover),
            )| City {
                name,
                qualifier,
                country,
                region,
                government,
                population,
                joined,
                leader: Leader {
                    name: leader,
                    title,
                },
                mandate,
                logo,
                cover,
            },
        );
    let vision = (any::<bool>(), localized(), localized(), localized()).prop_map(
        |(questions, prose, a, b)| Vision {
            form: if questions {
                VisionForm::Questions
            } else {
                VisionForm::Prose
            },
            prose,
            answers: [a, b],
        },
    );
    let motivations = (
        localized(),
        prop::collection::vec(localized(), 0..4),
        localized(),
    )
        .prop_map(|(introduction, aims, closing)| Motivations {
            introduction,
            aims,
            closing,
        });
    let area = (
        localized(),
        localized(),
        prop::collection::vec(any::<u32>().prop_map(ProgramId), 0..4),
        localized(),
    )
        .prop_map(|(title, description, programs, notes)| PolicyArea {
            id: Default::default(),
            title,
            description,
            programs,
            notes,
        });
    let policies =
        (localized(), prop::collection::vec(area, 0..4)).prop_map(|(introduction, areas)| {
            Policies {
                introduction,
                areas,
            }
        });
    (
        prop::collection::vec("[a-z]{2}", 1..3),
        city,
        vision,
        motivations,
        policies,
        prop::collection::vec(program(), 0..5),
        prop::collection::vec(text(), 0..3),
        any::<u32>(),
        prop::collection::vec(
            (any::<usize>(), text()).prop_map(|(line, text)| Unplaced { line, text }),
            0..3,
        ),
    )
        .prop_map(
            |(
                languages,
                city,
                vision,
                motivations,
                policies,
                programs,
                own_target_groups,
                next_program_id,
                unplaced,
            )| {
                let mut document = Document {
                    years: Vec::new(),
                    unplaced,
                    format_version: FORMAT_VERSION,
                    languages,
                    city,
                    vision,
                    motivations,
                    policies,
                    programs: programs.into(),
                    own_target_groups,
                    next_program_id,
                    identity: Some(carta::model::lineage::fresh_id()),
                    lineage: vec![carta::model::lineage::fresh_id()],
                };
                // Items made in Carta have their ids from the start.
                document.give_item_ids(false);
                document
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_document_survives_a_save_and_load(mut document in document()) {
        let text = store::to_ron(&document).unwrap();
        let loaded = store::parse(&text, "generated.ron");
        // Loading moves an id counter at or below an existing id above them all.
        document.repair_next_program_id();
        prop_assert_eq!(loaded, Ok(document), "file text:\n{}", text);
    }
}

/// The example in the README is the format's reference: it must be a valid profile.
#[test]
fn the_readme_example_is_a_valid_profile() {
    let readme = include_str!("../../README.md");
    let start = readme.find("```ron\n").expect("README has a RON example") + "```ron\n".len();
    let length = readme[start..].find("```").expect("the example ends");
    let document = store::parse(&readme[start..start + length], "README.md").unwrap();
    assert_eq!(document.city.display_name("en"), "San Antonio (Chile)");
    let program = &document.programs[0];
    assert_eq!(
        program.indicators[0].progress(),
        Some((210.0 - 120.0) / (400.0 - 120.0))
    );
    assert_eq!(
        program.end,
        Some(Moment::Date {
            year: 2026,
            month: 12,
            day: 31
        })
    );
    assert_eq!(
        document.own_target_groups,
        vec!["Fishing families".to_owned()]
    );
}

/// A shared profile must stay readable by colleagues: the atomic save must not
/// leave the temporary file's private permissions behind.
#[cfg(unix)]
#[test]
fn saved_files_keep_shareable_permissions() {
    use std::os::unix::fs::PermissionsExt as _;
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("shared.ron");
    store::save(&store::embedded_profile(), &path).unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o644);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o664)).unwrap();
    store::save(&store::embedded_profile(), &path).unwrap();
    assert_eq!(mode(&path), 0o664, "an existing file keeps its permissions");
}
