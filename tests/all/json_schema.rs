//! The JSON export has a schema (`docs/carta-profile.schema.json`, also
//! installed with the package), and what Carta exports passes it.

use carta::export::{self, ExportOptions, Format};
use carta::store;

const SHIPPED: &str = "docs/carta-profile.schema.json";

fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(&export::json_schema()).unwrap();
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

fn errors(validator: &jsonschema::Validator, json: &str) -> Vec<String> {
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    validator
        .iter_errors(&value)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect()
}

#[test]
fn the_shipped_schema_is_the_one_carta_makes() {
    let made = export::json_schema();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(SHIPPED, &made).unwrap();
    }
    let shipped = std::fs::read_to_string(SHIPPED).unwrap_or_default();
    assert!(
        shipped == made,
        "{SHIPPED} is out of date: refresh it with UPDATE_SCHEMA=1 scripts/test json_schema"
    );
}

#[test]
fn every_json_export_passes_the_schema() {
    let validator = validator();
    let mut sample = store::embedded_profile();
    sample.programs[1].visibility = carta::model::Visibility::Internal;
    let mut documents = vec![sample, carta::model::Document::default()];
    documents.push(carta::model::synthetic::profile_with_programs(200, 7));
    for document in &documents {
        for include_internal in [false, true] {
            let options = ExportOptions {
                include_internal,
                ..ExportOptions::default()
            };
            let json = export::export(document, Format::Json, &options);
            let found = errors(&validator, &json);
            assert!(found.is_empty(), "{found:#?}");
        }
    }
}

#[test]
fn the_schema_refuses_what_carta_would_not_write() {
    let validator = validator();
    let json = export::export(
        &store::embedded_profile(),
        Format::Json,
        &ExportOptions::default(),
    );
    for (from, to) in [
        ("\"status\": \"Active\"", "\"status\": \"Sleeping\""),
        (
            "\"format_version\": ",
            "\"format_version\": \"one\", \"was\": ",
        ),
    ] {
        assert!(json.contains(from), "{from} in {json}");
        let spoilt = json.replacen(from, to, 1);
        assert!(!errors(&validator, &spoilt).is_empty(), "{to} passed");
    }
}
