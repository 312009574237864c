# Production image: PostgreSQL from the environment, migrations on start, then uvicorn.
FROM python:3.11-slim-bookworm

# WeasyPrint's system libraries, fonts with Swedish characters, qpdf for PDF checks.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b \
      libffi8 fonts-dejavu-core qpdf \
 && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 10001 app
WORKDIR /app
COPY pyproject.toml README.md ./
# Every package of pyproject.toml's list (tests/app/test_architecture.py checks the two agree).
COPY core ./core
COPY accounts ./accounts
COPY links ./links
COPY competences ./competences
COPY employers ./employers
COPY youths ./youths
COPY matcher ./matcher
COPY internships ./internships
COPY certificates ./certificates
COPY reports ./reports
COPY demo ./demo
COPY app ./app
RUN pip install --no-cache-dir . \
 && mkdir -p /app/keys \
 && chown app:app /app/keys

USER app
ENV PRAKTIKMATCH_KEY_DIR=/app/keys \
    PRAKTIKMATCH_HTTPS=true
# PRAKTIKMATCH_DATABASE_URL=postgresql+psycopg://user:pass@db/praktikmatch and PRAKTIKMATCH_SECRET_KEY
# must be set at run time; mount a volume on /app/keys so the certificate signing key survives.
EXPOSE 8000
CMD ["sh", "-c", "praktikmatch db upgrade && exec uvicorn app.main:app --host 0.0.0.0 --port 8000 --workers ${WEB_CONCURRENCY:-2} --proxy-headers"]
