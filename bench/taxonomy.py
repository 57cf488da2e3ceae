"""Shared skill taxonomy and role title tables for the synthetic benchmark corpus.

Used by gen_corpus.py only (peer.py reads the generated YAML, never this module).
Each skill row is  id | ja name | en name | kind | parent | aliases (';'-separated).
Keys (id, names, aliases) are unique across the taxonomy after NFKC + case folding;
gen_corpus.py checks that before writing anything.
"""

SKILL_ROWS = r"""
programming|プログラミング|Programming|technical||コーディング
python|Python|Python|technical|programming|パイソン
java|Java|Java|technical|programming|
golang|Go言語|Go|technical|programming|Golang
javascript|JavaScript|JavaScript|technical|programming|ECMAScript
typescript|TypeScript|TypeScript|technical|javascript|
kotlin|Kotlin|Kotlin|technical|programming|
swift|Swift|Swift|technical|programming|
rust|Rust|Rust|technical|programming|
ruby|Ruby|Ruby|technical|programming|
php|PHP|PHP|technical|programming|
scala|Scala|Scala|technical|programming|
csharp|C#|C Sharp|technical|programming|.NET
cpp|C++|C++ Programming|technical|programming|C言語
r_lang|R言語|R Language|technical|programming|
shell_scripting|シェルスクリプト|Shell Scripting|technical|programming|Bash
sql|SQL|SQL|technical|programming|SQLクエリ
concurrency|並行プログラミング|Concurrent Programming|technical|programming|
functional_programming|関数型プログラミング|Functional Programming|technical|programming|
web_development|Web開発|Web Development|technical||Webアプリケーション開発
frontend|フロントエンド開発|Frontend Development|technical|web_development|
backend|バックエンド開発|Backend Development|technical|web_development|サーバーサイド開発
react|React|React|technical|frontend|React.js
vue|Vue.js|Vue.js Framework|technical|frontend|Vue
angular|Angular|Angular|technical|frontend|
nextjs|Next.js|Next.js Framework|technical|react|
html_css|HTML/CSS|HTML and CSS|technical|frontend|CSS
state_management|状態管理|State Management|technical|frontend|Redux
web_accessibility|Webアクセシビリティ|Web Accessibility|technical|frontend|a11y
web_performance|Webパフォーマンス最適化|Web Performance Optimization|technical|frontend|Core Web Vitals
spring|Spring Boot|Spring Boot|technical|java|Spring Framework
rails|Ruby on Rails|Ruby on Rails|technical|ruby|Rails
django|Django|Django|technical|python|
fastapi|FastAPI|FastAPI|technical|python|
laravel|Laravel|Laravel|technical|php|
nodejs|Node.js|Node.js Runtime|technical|javascript|
ecommerce|ECサイト構築|E-commerce Development|technical|web_development|
api_design|API設計|API Design|technical||
rest_api|REST API|REST API Design|technical|api_design|RESTful API
graphql|GraphQL|GraphQL|technical|api_design|
grpc|gRPC|gRPC|technical|api_design|
openapi|OpenAPI|OpenAPI|technical|api_design|Swagger
mobile_development|モバイルアプリ開発|Mobile App Development|technical||
ios|iOS開発|iOS Development|technical|mobile_development|
android|Android開発|Android Development|technical|mobile_development|
flutter|Flutter|Flutter|technical|mobile_development|
react_native|React Native|React Native|technical|mobile_development|
software_architecture|ソフトウェアアーキテクチャ設計|Software Architecture|technical||アーキテクチャ設計
system_design|システム設計|System Design|technical|software_architecture|
microservices|マイクロサービス|Microservices|technical|software_architecture|
event_driven|イベント駆動アーキテクチャ|Event-Driven Architecture|technical|software_architecture|
ddd|ドメイン駆動設計|Domain-Driven Design|technical|software_architecture|DDD
distributed_systems|分散システム|Distributed Systems|technical|software_architecture|
design_patterns|デザインパターン|Design Patterns|technical|software_architecture|
clean_architecture|クリーンアーキテクチャ|Clean Architecture|technical|software_architecture|
object_oriented|オブジェクト指向設計|Object-Oriented Design|technical|software_architecture|
enterprise_architecture|エンタープライズアーキテクチャ|Enterprise Architecture|technical|software_architecture|
scalability|スケーラビリティ設計|Scalability Design|technical|system_design|
high_availability|高可用性設計|High Availability Design|technical|system_design|冗長化設計
caching|キャッシュ設計|Caching Strategy|technical|system_design|
messaging|メッセージキュー|Message Queues|technical|event_driven|RabbitMQ
kafka|Apache Kafka|Apache Kafka|technical|messaging|Kafka
performance_tuning|パフォーマンスチューニング|Performance Tuning|technical||性能改善
algorithms|アルゴリズムとデータ構造|Algorithms and Data Structures|technical||
computer_science|コンピュータサイエンス|Computer Science|technical||情報科学
refactoring|リファクタリング|Refactoring|technical||
legacy_migration|レガシーシステム移行|Legacy System Migration|technical||マイグレーション
code_review|コードレビュー|Code Review|technical||
git|Git|Git|technical||バージョン管理
database|データベース設計|Database Design|technical||DB設計
rdbms|リレーショナルデータベース|Relational Databases|technical|database|RDBMS
mysql|MySQL|MySQL|technical|rdbms|
postgresql|PostgreSQL|PostgreSQL|technical|rdbms|Postgres
nosql|NoSQL|NoSQL Databases|technical|database|
mongodb|MongoDB|MongoDB|technical|nosql|
redis|Redis|Redis|technical|nosql|
vector_db|ベクトルデータベース|Vector Databases|technical|database|
query_optimization|クエリ最適化|Query Optimization|technical|database|
search_engine|検索エンジン設計|Search Engine Design|technical||全文検索
payment_systems|決済システム|Payment Systems|technical||決済基盤
cloud_infrastructure|クラウドインフラ|Cloud Infrastructure|technical||クラウド基盤
aws|AWS|Amazon Web Services|technical|cloud_infrastructure|
gcp|GCP|Google Cloud|technical|cloud_infrastructure|Google Cloud Platform
azure|Azure|Microsoft Azure|technical|cloud_infrastructure|
cloud_architecture|クラウドアーキテクチャ|Cloud Architecture|technical|cloud_infrastructure|
cloud_native|クラウドネイティブ|Cloud Native|technical|cloud_infrastructure|
cloud_migration|クラウド移行|Cloud Migration|technical|cloud_infrastructure|
serverless|サーバーレス|Serverless|technical|cloud_infrastructure|AWS Lambda
finops|FinOps|FinOps|business|cloud_infrastructure|クラウドコスト最適化
containers|コンテナ技術|Containers|technical||Docker
kubernetes|Kubernetes|Kubernetes|technical|containers|k8s
helm|Helm|Helm|technical|kubernetes|
service_mesh|サービスメッシュ|Service Mesh|technical|kubernetes|Istio
iac|Infrastructure as Code|Infrastructure as Code|technical||IaC
terraform|Terraform|Terraform|technical|iac|
ansible|Ansible|Ansible|technical|iac|
linux|Linux|Linux|technical||Linuxサーバー
windows_server|Windows Server|Windows Server|technical||Active Directory
virtualization|仮想化技術|Virtualization|technical||VMware
storage|ストレージ設計|Storage Design|technical||
backup_dr|バックアップと災害復旧|Backup and Disaster Recovery|technical||DR対策
networking|ネットワーク|Networking|technical||TCP/IP
network_design|ネットワーク設計|Network Design|technical|networking|
dns|DNS|DNS|technical|networking|
cdn|CDN|Content Delivery Network|technical|networking|
load_balancing|ロードバランシング|Load Balancing|technical|networking|ロードバランサー
help_desk|ヘルプデスク対応|Help Desk Support|technical||
devops|DevOps|DevOps|technical||
ci_cd|CI/CD|Continuous Integration and Delivery|technical|devops|継続的インテグレーション
github_actions|GitHub Actions|GitHub Actions|technical|ci_cd|
jenkins|Jenkins|Jenkins|technical|ci_cd|
gitops|GitOps|GitOps|technical|devops|Argo CD
platform_engineering|プラットフォームエンジニアリング|Platform Engineering|technical|devops|
observability|可観測性|Observability|technical||オブザーバビリティ
monitoring|監視設計|Monitoring|technical|observability|モニタリング
logging|ログ基盤|Logging Platform|technical|observability|ログ管理
tracing|分散トレーシング|Distributed Tracing|technical|observability|OpenTelemetry
prometheus|Prometheus|Prometheus|technical|monitoring|
grafana|Grafana|Grafana|technical|monitoring|
sre_practices|SREプラクティス|SRE Practices|technical||
slo|SLO設計|SLO Design|technical|sre_practices|SLI/SLO
incident_management|インシデント管理|Incident Management|technical|sre_practices|障害対応
postmortem|ポストモーテム|Postmortem|technical|incident_management|
capacity_planning|キャパシティプランニング|Capacity Planning|technical|sre_practices|
chaos_engineering|カオスエンジニアリング|Chaos Engineering|technical|sre_practices|
security|情報セキュリティ|Information Security|technical||セキュリティ
application_security|アプリケーションセキュリティ|Application Security|technical|security|セキュアコーディング
web_security|Webセキュリティ|Web Security|technical|application_security|OWASP
cloud_security|クラウドセキュリティ|Cloud Security|technical|security|
container_security|コンテナセキュリティ|Container Security|technical|cloud_security|
network_security|ネットワークセキュリティ|Network Security|technical|security|
firewall|ファイアウォール|Firewall|technical|network_security|WAF
vpn|VPN|VPN|technical|network_security|
endpoint_security|エンドポイントセキュリティ|Endpoint Security|technical|security|EDR
iam|ID・アクセス管理|Identity and Access Management|technical|security|IAM
auth|認証・認可|Authentication and Authorization|technical|security|OAuth
sso|シングルサインオン|Single Sign-On|technical|auth|SSO
zero_trust|ゼロトラスト|Zero Trust|technical|security|
cryptography|暗号技術|Cryptography|technical|security|
vulnerability_assessment|脆弱性診断|Vulnerability Assessment|technical|security|
penetration_testing|ペネトレーションテスト|Penetration Testing|technical|security|ペンテスト
threat_modeling|脅威モデリング|Threat Modeling|technical|security|
siem|SIEM|SIEM|technical|security|
soc_operations|SOC運用|SOC Operations|technical|security|
incident_response|インシデントレスポンス|Incident Response|technical|security|CSIRT
forensics|デジタルフォレンジック|Digital Forensics|technical|security|
threat_intelligence|脅威インテリジェンス|Threat Intelligence|technical|security|
devsecops|DevSecOps|DevSecOps|technical|security|
sast|静的解析|Static Analysis|technical|devsecops|SAST
security_architecture|セキュリティアーキテクチャ設計|Security Architecture|technical|security|
data_security|データ保護|Data Protection|technical|security|
security_governance|セキュリティガバナンス|Security Governance|management|security|
isms|ISMS|ISMS|management|security_governance|ISO 27001
security_awareness|セキュリティ教育|Security Awareness Training|management|security_governance|
compliance|コンプライアンス対応|Compliance|business||規制対応
privacy|個人情報保護|Privacy Protection|business|compliance|プライバシー保護
audit|監査対応|Audit Response|business|compliance|SOC 2
risk_management|リスクマネジメント|Risk Management|management||リスク管理
bcp|事業継続計画|Business Continuity Planning|management|risk_management|BCP
data_analysis|データ分析|Data Analysis|technical||
statistics|統計学|Statistics|technical|data_analysis|統計解析
linear_algebra|線形代数|Linear Algebra|technical||
hypothesis_testing|仮説検証|Hypothesis Testing|technical|statistics|
causal_inference|因果推論|Causal Inference|technical|statistics|
experiment_design|実験計画|Experimental Design|technical|statistics|
time_series|時系列分析|Time Series Analysis|technical|statistics|
ab_testing|A/Bテスト|A/B Testing|technical|data_analysis|
data_visualization|データ可視化|Data Visualization|technical|data_analysis|
dashboards|ダッシュボード設計|Dashboard Design|technical|data_visualization|
bi_tools|BIツール|BI Tools|technical|data_visualization|
tableau|Tableau|Tableau|technical|bi_tools|
excel|Excel|Microsoft Excel|technical|data_analysis|スプレッドシート
marketing_analytics|マーケティング分析|Marketing Analytics|business|data_analysis|
google_analytics|Google Analytics|Google Analytics|business|marketing_analytics|GA4
data_engineering|データエンジニアリング|Data Engineering|technical||
data_pipeline|データパイプライン|Data Pipelines|technical|data_engineering|ETL
data_warehouse|データウェアハウス|Data Warehouse|technical|data_engineering|DWH
data_lake|データレイク|Data Lake|technical|data_engineering|
data_modeling|データモデリング|Data Modeling|technical|data_engineering|
analytics_engineering|アナリティクスエンジニアリング|Analytics Engineering|technical|data_engineering|
bigquery|BigQuery|BigQuery|technical|data_warehouse|
snowflake|Snowflake|Snowflake|technical|data_warehouse|
spark|Apache Spark|Apache Spark|technical|data_engineering|Spark
databricks|Databricks|Databricks|technical|data_engineering|
airflow|Apache Airflow|Apache Airflow|technical|data_pipeline|Airflow
dbt|dbt|dbt Core|technical|data_pipeline|
streaming|ストリーム処理|Stream Processing|technical|data_engineering|
data_governance|データガバナンス|Data Governance|management||
data_quality|データ品質管理|Data Quality Management|technical|data_governance|
metadata_management|メタデータ管理|Metadata Management|technical|data_governance|データカタログ
data_strategy|データ戦略|Data Strategy|business||データ活用戦略
machine_learning|機械学習|Machine Learning|technical||ML
deep_learning|深層学習|Deep Learning|technical|machine_learning|ディープラーニング
nlp|自然言語処理|Natural Language Processing|technical|machine_learning|NLP
computer_vision|画像認識|Computer Vision|technical|machine_learning|コンピュータビジョン
recommender|レコメンドシステム|Recommender Systems|technical|machine_learning|推薦システム
feature_engineering|特徴量エンジニアリング|Feature Engineering|technical|machine_learning|
mlops|MLOps|MLOps|technical|machine_learning|
sagemaker|Amazon SageMaker|Amazon SageMaker|technical|mlops|SageMaker
pytorch|PyTorch|PyTorch|technical|deep_learning|
tensorflow|TensorFlow|TensorFlow|technical|deep_learning|
scikit_learn|scikit-learn|scikit-learn|technical|machine_learning|
pandas|pandas|pandas|technical|python|
ml_research|機械学習研究|Machine Learning Research|technical|machine_learning|
optimization|数理最適化|Mathematical Optimization|technical||
genai|生成AI|Generative AI|technical|machine_learning|GenAI
llm|大規模言語モデル|Large Language Models|technical|genai|LLM
prompt_engineering|プロンプトエンジニアリング|Prompt Engineering|technical|llm|
rag|RAG|Retrieval-Augmented Generation|technical|llm|検索拡張生成
ai_ethics|AI倫理|AI Ethics|business|genai|責任あるAI
gpu|GPUプログラミング|GPU Programming|technical||CUDA
iot|IoT|Internet of Things|technical||
embedded|組み込み開発|Embedded Development|technical||組込みソフトウェア
blockchain|ブロックチェーン|Blockchain|technical||
game_development|ゲーム開発|Game Development|technical||Unity
ar_vr|AR/VR開発|AR/VR Development|technical||XR
crm|CRM設計|CRM Design|business||Salesforce
software_testing|ソフトウェアテスト|Software Testing|technical||テスト設計
test_automation|テスト自動化|Test Automation|technical|software_testing|
unit_testing|単体テスト|Unit Testing|technical|software_testing|ユニットテスト
e2e_testing|E2Eテスト|End-to-End Testing|technical|software_testing|
performance_testing|性能テスト|Performance Testing|technical|software_testing|負荷テスト
security_testing|セキュリティテスト|Security Testing|technical|software_testing|
exploratory_testing|探索的テスト|Exploratory Testing|technical|software_testing|
tdd|テスト駆動開発|Test-Driven Development|technical|software_testing|TDD
selenium|Selenium|Selenium|technical|test_automation|
playwright|Playwright|Playwright|technical|test_automation|
cypress|Cypress|Cypress|technical|test_automation|
quality_management|品質管理|Quality Management|management||品質マネジメント
test_management|テスト計画|Test Planning|management|quality_management|テストマネジメント
release_management|リリース管理|Release Management|management|ci_cd|
ux_design|UXデザイン|UX Design|technical||ユーザー体験設計
ui_design|UIデザイン|UI Design|technical|ux_design|
figma|Figma|Figma|technical|ui_design|
design_system|デザインシステム|Design Systems|technical|ui_design|
prototyping|プロトタイピング|Prototyping|technical|ux_design|
usability_testing|ユーザビリティテスト|Usability Testing|technical|ux_design|
user_research|ユーザーリサーチ|User Research|business|ux_design|ユーザーインタビュー
service_design|サービスデザイン|Service Design|business|ux_design|
customer_journey|カスタマージャーニー設計|Customer Journey Mapping|business|ux_design|
product_management|プロダクトマネジメント|Product Management|business||PdM
product_strategy|プロダクト戦略|Product Strategy|business|product_management|
roadmap|ロードマップ策定|Roadmap Planning|business|product_management|プロダクトロードマップ
product_analytics|プロダクト分析|Product Analytics|business|product_management|
backlog_management|バックログ管理|Backlog Management|management|product_management|
growth_hacking|グロースハック|Growth Hacking|business|product_management|
pricing|価格戦略|Pricing Strategy|business|product_strategy|
go_to_market|市場投入戦略|Go-to-Market Strategy|business|product_strategy|GTM
requirements|要件定義|Requirements Definition|business||
business_analysis|業務分析|Business Analysis|business||
kpi_design|KPI設計|KPI Design|business||KGI
market_analysis|市場分析|Market Analysis|business||競合分析
seo|SEO|Search Engine Optimization|business||検索エンジン最適化
project_management|プロジェクトマネジメント|Project Management|management||プロジェクト管理
agile|アジャイル開発|Agile Development|management|project_management|アジャイル
scrum|スクラム|Scrum|management|agile|
schedule_management|スケジュール管理|Schedule Management|management|project_management|
estimation|工数見積もり|Effort Estimation|management|project_management|
budget_management|予算管理|Budget Management|management||開発予算管理
cost_management|コスト管理|Cost Management|management|budget_management|
people_management|ピープルマネジメント|People Management|management||人材マネジメント
one_on_one|1on1|One-on-One Meetings|management|people_management|1on1ミーティング
hiring|採用活動|Hiring|management|people_management|採用戦略
mentoring|メンタリング|Mentoring|management|people_management|後進育成
coaching|コーチング|Coaching|management|people_management|
performance_evaluation|評価制度設計|Performance Evaluation|management|people_management|人事評価
org_design|組織設計|Organization Design|management||組織づくり
org_development|組織開発|Organization Development|management|org_design|
team_building|チームビルディング|Team Building|management|org_design|
engineering_culture|開発文化の醸成|Engineering Culture|management|org_design|
diversity|ダイバーシティ推進|Diversity and Inclusion|management|org_design|D&I
leadership|リーダーシップ|Leadership|management||
technical_leadership|技術リーダーシップ|Technical Leadership|management|leadership|技術リード
decision_making|意思決定|Decision Making|management|leadership|
stakeholder_management|ステークホルダーマネジメント|Stakeholder Management|management||利害関係者調整
cross_functional|部門横断調整|Cross-functional Coordination|management|stakeholder_management|
board_communication|取締役会への報告|Board Communication|business|stakeholder_management|
change_management|変革マネジメント|Change Management|management||チェンジマネジメント
vendor_management|ベンダーマネジメント|Vendor Management|management||外部委託管理
technical_debt|技術的負債の管理|Technical Debt Management|management||技術負債
dev_productivity|開発生産性の改善|Developer Productivity|management||DORA指標
process_improvement|業務プロセス改善|Process Improvement|management||プロセス改善
knowledge_management|ナレッジマネジメント|Knowledge Management|management||
okr|OKR|Objectives and Key Results|management||目標設定
itil|ITIL|ITIL|management||ITサービスマネジメント
sla|SLA管理|SLA Management|management|itil|
it_governance|ITガバナンス|IT Governance|management||
tech_strategy|技術戦略|Technology Strategy|business||技術戦略立案
tech_evaluation|技術選定|Technology Evaluation|management|tech_strategy|
it_strategy|IT戦略|IT Strategy|business|tech_strategy|
business_strategy|事業戦略|Business Strategy|business||経営戦略
business_model|ビジネスモデル設計|Business Model Design|business|business_strategy|
portfolio_management|プロダクトポートフォリオ管理|Portfolio Management|business|business_strategy|
financial_literacy|財務知識|Financial Literacy|business||財務三表
roi_analysis|ROI分析|ROI Analysis|business|financial_literacy|投資対効果
dx|DX推進|Digital Transformation|business||デジタルトランスフォーメーション
m_and_a|M&A技術デューデリジェンス|Technical Due Diligence|business||技術DD
investor_relations|投資家対応|Investor Relations|business||IR
customer_success|カスタマーサクセス|Customer Success|business||
tech_branding|技術ブランディング|Technical Branding|business||テックブログ
sustainability|グリーンIT|Green IT|business||サステナビリティ
communication|コミュニケーション能力|Communication|personal||コミュニケーション
presentation|プレゼンテーション|Presentation|personal||プレゼン
public_speaking|登壇|Public Speaking|personal|presentation|カンファレンス登壇
documentation|技術文書作成|Technical Writing|personal||ドキュメンテーション
negotiation|交渉力|Negotiation|personal||
logical_thinking|論理的思考|Logical Thinking|personal||ロジカルシンキング
critical_thinking|クリティカルシンキング|Critical Thinking|personal|logical_thinking|
problem_solving|問題解決力|Problem Solving|personal||課題解決
english|ビジネス英語|Business English|personal||英語
facilitation|ファシリテーション|Facilitation|personal||
self_learning|自己学習力|Self-Directed Learning|personal||キャッチアップ力
oss|OSS活動|Open Source Contribution|personal||オープンソース
"""

# Skill pools per track: (technical-ish, management-ish). Ids must exist above.
TRACK_SKILLS = {
    "ic": (
        "programming python java golang javascript typescript kotlin swift rust ruby php scala csharp cpp "
        "concurrency functional_programming web_development frontend backend react vue angular "
        "nextjs html_css state_management web_accessibility web_performance spring rails django fastapi laravel "
        "nodejs ecommerce api_design rest_api graphql grpc openapi mobile_development "
        "ios android flutter react_native software_architecture "
        "system_design microservices event_driven ddd distributed_systems design_patterns clean_architecture "
        "object_oriented scalability caching messaging performance_tuning algorithms "
        "computer_science refactoring legacy_migration code_review git database rdbms mysql postgresql redis "
        "unit_testing tdd ci_cd containers aws gcp search_engine payment_systems game_development embedded "
        "blockchain iot ar_vr gpu",
        "agile scrum code_review technical_leadership mentoring documentation communication logical_thinking "
        "problem_solving estimation technical_debt requirements self_learning oss presentation facilitation "
        "english",
    ),
    "data": (
        "python sql r_lang data_analysis statistics linear_algebra hypothesis_testing "
        "causal_inference experiment_design time_series ab_testing data_visualization dashboards bi_tools tableau "
        "excel marketing_analytics google_analytics data_engineering data_pipeline data_warehouse "
        "data_lake data_modeling analytics_engineering bigquery snowflake spark databricks "
        "airflow dbt streaming kafka data_quality metadata_management machine_learning deep_learning nlp "
        "computer_vision recommender feature_engineering mlops "
        "sagemaker pytorch tensorflow scikit_learn pandas ml_research optimization genai "
        "llm prompt_engineering rag vector_db gpu query_optimization",
        "data_governance data_strategy kpi_design business_analysis logical_thinking presentation communication "
        "ai_ethics project_management stakeholder_management mentoring documentation privacy "
        "problem_solving critical_thinking",
    ),
    "infrastructure": (
        "linux windows_server virtualization storage backup_dr networking network_design dns cdn load_balancing "
        "help_desk cloud_infrastructure aws gcp azure cloud_architecture cloud_native "
        "cloud_migration serverless containers kubernetes helm service_mesh iac terraform ansible "
        "devops ci_cd github_actions jenkins gitops "
        "platform_engineering observability monitoring logging tracing prometheus grafana sre_practices "
        "slo incident_management postmortem capacity_planning chaos_engineering "
        "shell_scripting python golang high_availability performance_tuning firewall vpn database mysql "
        "postgresql redis",
        "itil sla finops vendor_management cost_management incident_management documentation "
        "communication problem_solving process_improvement risk_management bcp release_management "
        "knowledge_management",
    ),
    "security": (
        "security application_security web_security cloud_security container_security network_security firewall "
        "vpn endpoint_security iam auth sso zero_trust cryptography vulnerability_assessment "
        "penetration_testing threat_modeling siem soc_operations incident_response forensics "
        "threat_intelligence devsecops sast security_architecture data_security linux "
        "networking aws azure gcp python shell_scripting kubernetes security_testing",
        "security_governance isms security_awareness compliance privacy audit risk_management bcp "
        "documentation communication negotiation stakeholder_management vendor_management it_governance "
        "logical_thinking",
    ),
    "qa": (
        "software_testing test_automation unit_testing e2e_testing performance_testing security_testing "
        "exploratory_testing tdd selenium playwright cypress ci_cd github_actions jenkins python javascript "
        "typescript java sql api_design rest_api mobile_development web_accessibility git containers "
        "code_review observability",
        "quality_management test_management release_management agile scrum process_improvement documentation "
        "communication logical_thinking problem_solving facilitation estimation schedule_management mentoring "
        "requirements",
    ),
    "product": (
        "ux_design ui_design figma design_system prototyping usability_testing data_analysis sql ab_testing "
        "product_analytics google_analytics data_visualization web_development mobile_development api_design "
        "seo genai llm crm",
        "product_management product_strategy roadmap backlog_management growth_hacking pricing go_to_market "
        "requirements business_analysis kpi_design market_analysis user_research service_design "
        "customer_journey agile scrum stakeholder_management cross_functional presentation negotiation "
        "facilitation communication logical_thinking okr customer_success",
    ),
    "management": (
        "software_architecture system_design cloud_infrastructure ci_cd devops code_review "
        "security project_management agile microservices observability dev_productivity",
        "project_management agile scrum schedule_management estimation budget_management "
        "cost_management people_management one_on_one hiring mentoring coaching performance_evaluation "
        "org_design org_development team_building engineering_culture diversity "
        "leadership technical_leadership decision_making stakeholder_management "
        "cross_functional change_management vendor_management technical_debt dev_productivity "
        "process_improvement knowledge_management okr risk_management communication facilitation negotiation",
    ),
    "executive": (
        "software_architecture enterprise_architecture cloud_architecture security data_strategy genai "
        "platform_engineering dx it_strategy",
        "tech_strategy tech_evaluation business_strategy business_model portfolio_management financial_literacy "
        "roi_analysis m_and_a investor_relations board_communication "
        "change_management org_design leadership decision_making hiring it_governance "
        "risk_management compliance security_governance budget_management okr sustainability tech_branding "
        "stakeholder_management public_speaking negotiation english",
    ),
}

# Role titles per track and level: (ja, en).
ROLE_TITLES = {
    "ic": {
        1: [("ジュニアプログラマー", "Junior Programmer"), ("開発アシスタント", "Development Assistant")],
        2: [("アソシエイトエンジニア", "Associate Engineer"), ("Webエンジニア", "Web Engineer"),
            ("アプリケーション開発者", "Application Developer")],
        3: [("ソフトウェアエンジニア", "Software Engineer"), ("バックエンドエンジニア", "Backend Engineer"),
            ("フロントエンドエンジニア", "Frontend Engineer"), ("モバイルエンジニア", "Mobile Engineer"),
            ("フルスタックエンジニア", "Full-stack Engineer"), ("プロダクトエンジニア", "Product Engineer"),
            ("組み込みエンジニア", "Embedded Engineer"), ("ゲームプログラマー", "Game Programmer")],
        4: [("シニアエンジニア", "Senior Engineer"), ("リードエンジニア", "Lead Engineer"),
            ("テックリード", "Tech Lead")],
        5: [("スタッフエンジニア", "Staff Engineer"), ("アーキテクト", "Architect"),
            ("ソリューションアーキテクト", "Solutions Architect")],
        6: [("プリンシパルエンジニア", "Principal Engineer"), ("チーフアーキテクト", "Chief Architect")],
        7: [("ディスティングイッシュトエンジニア", "Distinguished Engineer"), ("技術フェロー", "Technical Fellow")],
    },
    "data": {
        1: [("データアシスタント", "Data Assistant")],
        2: [("ジュニアデータアナリスト", "Junior Data Analyst"), ("BIエンジニア", "BI Engineer")],
        3: [("データアナリスト", "Data Analyst"), ("データエンジニア", "Data Engineer"),
            ("データサイエンティスト", "Data Scientist"), ("アナリティクスエンジニア", "Analytics Engineer")],
        4: [("シニアデータサイエンティスト", "Senior Data Scientist"), ("機械学習エンジニア", "ML Engineer"),
            ("シニアデータエンジニア", "Senior Data Engineer")],
        5: [("データアーキテクト", "Data Architect"), ("リードデータサイエンティスト", "Lead Data Scientist"),
            ("MLOpsリード", "MLOps Lead")],
        6: [("データ部門マネージャー", "Data Team Manager"), ("AI研究主幹", "Principal AI Researcher")],
        7: [("データ戦略責任者", "Head of Data Strategy")],
    },
    "infrastructure": {
        1: [("運用オペレーター", "Operations Operator"), ("ヘルプデスク担当", "Help Desk Specialist")],
        2: [("サーバーエンジニア", "Server Engineer"), ("ネットワークエンジニア", "Network Engineer")],
        3: [("インフラエンジニア", "Infrastructure Engineer"), ("クラウドエンジニア", "Cloud Engineer")],
        4: [("SRE", "Site Reliability Engineer"), ("プラットフォームエンジニア", "Platform Engineer"),
            ("DevOpsエンジニア", "DevOps Engineer")],
        5: [("クラウドアーキテクト", "Cloud Architect"), ("シニアSRE", "Senior Site Reliability Engineer")],
        6: [("インフラ部門マネージャー", "Infrastructure Manager"), ("SREマネージャー", "SRE Manager")],
        7: [("インフラ統括責任者", "Head of Infrastructure")],
    },
    "security": {
        1: [("SOCオペレーター", "SOC Operator")],
        2: [("セキュリティアナリスト", "Security Analyst")],
        3: [("セキュリティエンジニア", "Security Engineer"), ("脆弱性診断士", "Vulnerability Assessor")],
        4: [("シニアセキュリティエンジニア", "Senior Security Engineer"),
            ("ペネトレーションテスター", "Penetration Tester")],
        5: [("セキュリティアーキテクト", "Security Architect")],
        6: [("セキュリティマネージャー", "Security Manager")],
        7: [("セキュリティ統括責任者", "Head of Security")],
    },
    "qa": {
        1: [("テスター", "Tester")],
        2: [("テストエンジニア", "Test Engineer")],
        3: [("QAエンジニア", "QA Engineer"), ("SDET", "Software Development Engineer in Test")],
        4: [("シニアQAエンジニア", "Senior QA Engineer"), ("テスト自動化エンジニア", "Test Automation Engineer")],
        5: [("QAリード", "QA Lead")],
        6: [("品質保証マネージャー", "Quality Assurance Manager")],
    },
    "product": {
        2: [("プロダクトアシスタント", "Product Assistant")],
        3: [("アソシエイトプロダクトマネージャー", "Associate Product Manager"), ("UXデザイナー", "UX Designer")],
        4: [("プロダクトマネージャー", "Product Manager"), ("プロダクトデザイナー", "Product Designer")],
        5: [("シニアプロダクトマネージャー", "Senior Product Manager"), ("デザインリード", "Design Lead")],
        6: [("グループプロダクトマネージャー", "Group Product Manager"), ("プロダクト責任者", "Head of Product")],
        7: [("プロダクト本部長", "Chief of Product Division")],
    },
    "management": {
        4: [("チームリーダー", "Team Leader"), ("プロジェクトリーダー", "Project Leader")],
        5: [("エンジニアリングマネージャー", "Engineering Manager"), ("プロジェクトマネージャー", "Project Manager")],
        6: [("シニアエンジニアリングマネージャー", "Senior Engineering Manager"), ("開発部長", "Director of Development")],
        7: [("技術部門責任者", "Head of Engineering"), ("事業部CTO", "Divisional CTO")],
    },
    "executive": {
        6: [("VPoE", "VP of Engineering"), ("VP of Product", "Vice President of Product"),
            ("ヘッドオブデータ", "Head of Data")],
        7: [("CTO", "Chief Technology Officer"), ("CDO", "Chief Data Officer"),
            ("CISO", "Chief Information Security Officer"), ("CPO", "Chief Product Officer"),
            ("CIO", "Chief Information Officer")],
    },
}

TRACK_WEIGHTS = [("ic", 25), ("data", 15), ("infrastructure", 13), ("security", 10), ("qa", 9),
                 ("product", 10), ("management", 12), ("executive", 6)]
LEVEL_WEIGHTS = {1: 5, 2: 12, 3: 22, 4: 22, 5: 18, 6: 12, 7: 9}

# Cross-track moves: from track -> tracks one can move into.
TRACK_NEXT = {
    "ic": ["management", "data", "infrastructure", "product", "security", "qa"],
    "data": ["ic", "management", "executive", "product"],
    "infrastructure": ["security", "ic", "management"],
    "security": ["infrastructure", "management", "executive"],
    "qa": ["ic", "management", "product"],
    "product": ["management", "executive"],
    "management": ["executive", "product"],
    "executive": ["management"],
}

CATEGORY = {"ic": "engineering", "data": "data", "infrastructure": "infrastructure", "security": "security",
            "qa": "quality", "product": "product", "management": "management", "executive": "executive"}
