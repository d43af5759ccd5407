# syntax=docker/dockerfile:1
# Mắt Thần: the server (TypeScript run by tsx) serving the built dashboard, as in docker-compose.yml.
#   docker build -t matthan .
#   docker run -p 8080:8080 -e DATABASE_URL=postgresql://… matthan   (no DATABASE_URL: embedded engine in /data/pg)

# --- deps: every workspace's dependencies, dev ones included (vite builds the dashboard) ---------
FROM node:20-bookworm-slim AS deps
WORKDIR /app
# The manifests alone first, so that this layer is rebuilt only when dependencies change.
COPY package.json package-lock.json .npmrc ./
COPY geo/package.json geo/
COPY server/package.json server/
COPY dashboard/package.json dashboard/
RUN npm ci --no-audit --no-fund

# --- build: the dashboard's static files (dashboard/dist) -----------------------------------------
FROM deps AS build
COPY . .
RUN npm run build

# --- prod-deps: run-time dependencies only, and tsx at the version the lock file pins ------------
FROM node:20-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY geo/package.json geo/
COPY server/package.json server/
COPY dashboard/package.json dashboard/
# tsx is a root devDependency, so --omit=dev leaves it out (and `npm install tsx` on top keeps it
# out too); the server runs through it, so it gets a prefix of its own in /opt/tsx.
RUN npm ci --omit=dev --no-audit --no-fund \
  && npm install --global --prefix /opt/tsx --no-audit --no-fund \
    "tsx@$(node -p "require('./package-lock.json').packages['node_modules/tsx'].version")" \
  && npm cache clean --force

# --- runtime ---------------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PATH=/opt/tsx/bin:$PATH \
    PORT=8080 \
    HOST=0.0.0.0 \
    MATTHAN_DATA_DIR=/data \
    MATTHAN_MEDIA_DIR=/data/media
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=prod-deps /opt/tsx /opt/tsx
COPY package.json ./
COPY geo/package.json geo/
COPY geo/src geo/src
COPY server/package.json server/
COPY server/src server/src
COPY seeds seeds
COPY dashboard/package.json dashboard/
COPY --from=build /app/dashboard/dist dashboard/dist
# A new named volume mounted on /data/media takes this owner, so the non-root user can write media.
RUN mkdir -p /data/media && chown -R node:node /data
USER node
EXPOSE 8080
# tsx's CLI runs the server in a child node and passes SIGTERM/SIGINT on to it, so
# `docker stop` ends in the server's own clean shutdown (checked with tsx 4.23 outside Docker).
CMD ["tsx", "server/src/main.ts"]
