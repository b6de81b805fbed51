# syntax=docker/dockerfile:1
# Two stages: `build` installs every dependency from the lockfile and compiles dist/ (npm run build);
# the runtime image gets dist/, the bundled knowledge and production dependencies only, and runs as an
# unprivileged user. Knowledge and cache are volumes: mount your own knowledge folder over
# /app/knowledge, and keep /app/.cache so a restart skips parsing and indexing.
#   docker build -t whitepaper-bot .
#   printf '/course 23rd\n' | docker run --rm -i whitepaper-bot            # terminal front end
#   docker run -d --env-file .env -v ./knowledge:/app/knowledge:ro -v bot-cache:/app/.cache whitepaper-bot

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts ./scripts
COPY commands ./commands
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    KNOWLEDGE_DIR=/app/knowledge \
    KNOWLEDGE_CACHE_DIR=/app/.cache
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY knowledge ./knowledge
# The image's user owns only the cache; the code and the bundled knowledge stay read-only to it.
RUN mkdir -p /app/.cache && chown node:node /app/.cache
USER node
VOLUME ["/app/knowledge", "/app/.cache"]
# SIGTERM (docker stop) shuts the bot down cleanly; node is PID 1 only through the exec form below.
STOPSIGNAL SIGTERM
CMD ["node", "--enable-source-maps", "dist/main.js"]
