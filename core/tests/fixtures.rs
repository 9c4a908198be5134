//! A small, valid dataset to break one rule at a time, and to test queries with exact answers.

use atlas_core::dataset::DatasetFiles;

pub const DATASET: &str =
    r#"{"version":"0.0.1","title":"fixture","article":{"title":"A","note":"N"}}"#;

pub const COMPANIES: &str = r#"[
 {"id":"alpha","name_en":"Alpha AI","name_zh":"阿尔法智能","aliases":["Alfa"],"category":"foundation-lab","country":"China","city":"Beijing","founded":2023,"founders":["Zhāng Wěi"],
  "listing":{"status":"private","exchange":null,"ticker":null,"ipo_date":null},"flagship":["Alpha-1"],"open_weight_publisher":true,"description":"d","website":"https://alpha.example","in_article":true,"notes":null,
  "sources":[{"title":"Alpha site","url":"https://alpha.example/about","grade":"primary","supports":["founded","founders"]}]},
 {"id":"beta","name_en":"Beta Tech","name_zh":null,"aliases":[],"category":"big-tech","country":"China","city":"Shanghai","founded":1999,"founders":[],
  "listing":{"status":"listed","exchange":"HKEX","ticker":"0001","ipo_date":"2010-05"},"flagship":[],"open_weight_publisher":false,"description":"d","website":null,"in_article":false,"notes":null,
  "sources":[{"title":"Beta filing","url":"https://beta.example/ir","grade":"primary"}]},
 {"id":"gamma","name_en":"Gamma Robotics","name_zh":"伽马机器人","aliases":[],"category":"robotics","country":"China","city":"Beijing","founded":null,"founders":[],
  "listing":{"status":"private","exchange":null,"ticker":null,"ipo_date":null},"flagship":[],"open_weight_publisher":false,"description":"d","website":null,"in_article":true,"notes":null,
  "sources":[{"title":"Gamma news","url":"https://news.example/gamma","grade":"secondary"}]}
]"#;

pub const MODELS: &str = r#"[
 {"id":"alpha-1","name":"Alpha-1","company":"alpha","country":"China","released":"2025-04","total_params_b":671,"active_params_b":37,"params_note":null,"architecture":"moe","context_tokens":128000,"context_rounded":true,"context_label":"128K",
  "license":"MIT","license_family":"permissive","open_weights":true,"modality":"text","modality_detail":null,"reasoning":true,"benchmarks":[],"training_compute":null,"confidence":"high","notes":null,
  "sources":[{"title":"card","url":"https://alpha.example/alpha-1","grade":"primary"}]},
 {"id":"alpha-0","name":"Alpha-0","company":"alpha","country":"China","released":"2025-04-15","total_params_b":7,"active_params_b":null,"params_note":null,"architecture":"dense","context_tokens":null,"context_rounded":false,"context_label":null,
  "license":"Alpha Licence","license_family":"restricted","open_weights":true,"modality":"text","modality_detail":null,"reasoning":false,"benchmarks":[],"training_compute":null,"confidence":"high","notes":null,
  "sources":[{"title":"card","url":"https://alpha.example/alpha-0","grade":"primary"}]},
 {"id":"beta-x","name":"Beta-X","company":"beta","country":"China","released":null,"total_params_b":null,"active_params_b":null,"params_note":null,"architecture":null,"context_tokens":32768,"context_rounded":false,"context_label":"32,768",
  "license":null,"license_family":"proprietary","open_weights":false,"modality":"vision-language","modality_detail":null,"reasoning":null,"benchmarks":[],"training_compute":null,"confidence":"low","notes":null,
  "sources":[{"title":"blog","url":"https://beta.example/x","grade":"primary","supports":["context_tokens"]}]},
 {"id":"beta-y","name":"Beta-Y","company":"beta","country":"China","released":"2024-12-26","total_params_b":70,"active_params_b":null,"params_note":null,"architecture":"dense","context_tokens":4096,"context_rounded":false,"context_label":"4096",
  "license":"Apache-2.0","license_family":"permissive","open_weights":true,"modality":"text","modality_detail":null,"reasoning":false,"benchmarks":[],"training_compute":null,"confidence":"high","notes":null,
  "sources":[{"title":"card","url":"https://beta.example/y","grade":"primary"}]}
]"#;

pub const EVENTS: &str = r#"[
 {"id":"alpha-founded","date":"2023-05","title":"Alpha founded","summary":"s","category":"funding","companies":["alpha"],"models":[],"products":[],"in_article":false,"release_of":null,"notes":null,
  "sources":[{"title":"news","url":"https://news.example/a","grade":"secondary"}]},
 {"id":"alpha-1-release","date":"2025-04","title":"Alpha-1 released","summary":"s","category":"model-release","companies":["alpha"],"models":["alpha-1"],"products":[],"in_article":true,"release_of":"alpha-1","notes":null,
  "sources":[{"title":"news","url":"https://news.example/b","grade":"secondary"}]},
 {"id":"beta-y-release","date":"2024-12-26","title":"Beta-Y released","summary":"s","category":"model-release","companies":["beta"],"models":["beta-y"],"products":[],"in_article":false,"release_of":"beta-y","notes":null,
  "sources":[{"title":"news","url":"https://news.example/c","grade":"secondary"}]},
 {"id":"rules","date":"2025-04-30","title":"New rules","summary":"s","category":"policy","companies":[],"models":[],"products":[],"in_article":true,"release_of":null,"notes":null,
  "sources":[{"title":"gov","url":"https://gov.example/r","grade":"primary"}]}
]"#;

pub const CLAIMS: &str = r#"[
 {"id":"c1","order":1,"quote":"Alpha is big","verdict":"confirmed","explanation":"e","companies":["alpha"],"models":["alpha-1"],"events":["alpha-1-release"],
  "sources":[{"title":"s","url":"https://news.example/b","grade":"secondary"}]},
 {"id":"c2","order":2,"quote":"Alpha will win","verdict":"opinion","explanation":"e","companies":[],"models":[],"events":[],"sources":[]}
]"#;

pub fn files() -> DatasetFiles<'static> {
    DatasetFiles {
        dataset: DATASET,
        companies: COMPANIES,
        models: MODELS,
        events: EVENTS,
        claims: CLAIMS,
    }
}

pub fn dataset() -> atlas_core::Dataset {
    atlas_core::validate::load(&files()).expect("the fixture is valid")
}
