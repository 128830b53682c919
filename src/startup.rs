//! Building the app: open and migrate the database, bind the listener, assemble the actix App.
//!
//! Production (`claimdesk serve`) and the integration tests both go through `Application::build`.

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::{App, HttpServer, middleware, web};

use crate::auth::{self, AuthSettings, SessionKey};
use anyhow::Context;

use crate::config::Config;
use crate::db::Db;
use crate::routes;

/// What every handler can reach: the database and the instance's identity.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub instance_name: String,
    pub base_url: String,
    /// Open live article pages (Server-Sent Events).
    pub live: crate::live::Hub,
    /// Who publishes the reviews (ClaimReview `author`).
    pub organization: crate::report::claimreview::Organization,
    /// The session key and cookie policy.
    pub auth: AuthSettings,
    /// How URLs given for import are fetched.
    pub fetch: crate::ingest::FetchConfig,
}

/// A built, bound, not yet running server.
pub struct Application {
    port: u16,
    base_url: String,
    setup_link: Option<String>,
    server: Server,
}

impl Application {
    /// Migrates the database and binds the address; fails with a one-line reason.
    pub fn build(config: Config) -> anyhow::Result<Application> {
        let db = Db::open(&config.db_path)?;
        db.checkpoint_in_background()?;
        let listener = TcpListener::bind(&config.bind)
            .with_context(|| format!("cannot listen on {}", config.bind))?;
        let addr = listener.local_addr()?;
        let base_url = config
            .base_url
            .clone()
            .map(|u| u.trim_end_matches('/').to_string())
            .unwrap_or_else(|| format!("http://{addr}"));
        let session_key = config.session_key.clone();
        let key = db
            .run_blocking(move |conn| Ok(SessionKey::load(conn, session_key.as_deref())?))
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let auth = AuthSettings {
            key,
            secure_cookies: config.secure_cookies || base_url.starts_with("https://"),
            trusted_proxies: config.trusted_proxies.clone(),
        };
        let setup_link = db
            .run_blocking(|conn| auth::service::prepare_setup_link(conn, &base_url))
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let state = web::Data::new(AppState {
            db,
            instance_name: config.instance_name.clone(),
            organization: crate::report::claimreview::Organization::or_instance(
                config.organization_name.clone(),
                config.organization_url.clone(),
                &config.instance_name,
                &base_url,
            ),
            base_url: base_url.clone(),
            live: crate::live::Hub::default(),
            auth,
            fetch: config.fetch.clone(),
        });
        let server = HttpServer::new(move || {
            App::new()
                .app_data(state.clone())
                .wrap(middleware::from_fn(auth::guard::csrf))
                .wrap(middleware::from_fn(auth::current_user::authenticate))
                .wrap(auth::headers::security_headers())
                // The path without its query: setup and invitation links carry their token there.
                .wrap(
                    middleware::Logger::new("%{method}xi %U %s %Dms")
                        .custom_request_replace("method", |req| req.method().to_string()),
                )
                .configure(routes::configure)
        })
        .listen(listener)
        .with_context(|| format!("cannot listen on {}", config.bind))?
        .run();
        Ok(Application {
            port: addr.port(),
            base_url,
            setup_link,
            server,
        })
    }

    /// The port actually bound (useful with port 0).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The base URL the app answers on.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// On an instance without accounts: the single-use link that creates the first admin.
    pub fn setup_link(&self) -> Option<&str> {
        self.setup_link.as_deref()
    }

    /// Serves until the process is stopped.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}
