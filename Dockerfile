# The service as it runs in production: Node.js 24, compiled JavaScript, production dependencies
# only, as an unprivileged user.

# Build: the whole toolchain compiles src/ to dist/. No install scripts run here: TypeScript needs
# none, and the `node` package (the project's pinned Node.js for development) is not wanted — this
# image's Node.js runs the build.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# Run: what `node dist/main.js` loads, and nothing else (no TypeScript, no TypeScript loader).
FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3001
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
# dist/contract/spec.js reads the contract from the directory above dist/.
COPY openapi.yaml ./
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3001
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3001/api/v1/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Migrations run at start (several replicas may start together: they take an advisory lock);
# `node dist/db/migrate-cli.js` applies them without starting, `node dist/sessions/purge-cli.js` purges now.
CMD ["node", "dist/main.js"]
