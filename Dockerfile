# One image for the API and the workers; docker-compose.yml picks the command.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY tsconfig.json ./
COPY config ./config
COPY shared ./shared
COPY pipelines ./pipelines
COPY services ./services
RUN mkdir -p /data && chown node:node /data
USER node
ENV LARDOM_DATA_DIR=/data HOST=0.0.0.0 PORT=3000
EXPOSE 3000
CMD ["node", "--import", "tsx", "services/api/main.ts"]
